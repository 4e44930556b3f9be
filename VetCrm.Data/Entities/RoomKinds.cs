namespace VetCrm.Data.Entities;

public static class RoomKinds
{
    public const string ConsultRoom = "consultRoom";
    public const string Mri = "mri";
    public const string Ct = "ct";
    public const string Theatre = "theatre";
    public const string Ultrasound = "ultrasound";
    public static readonly string[] All = [ConsultRoom, Mri, Ct, Theatre, Ultrasound];
}
