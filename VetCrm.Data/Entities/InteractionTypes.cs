namespace VetCrm.Data.Entities;

public static class InteractionTypes
{
    public const string Call = "call";
    public const string Consult = "consult";
    public const string Note = "note";
    public const string Reminder = "reminder";
    public const string Email = "email";
    public static readonly string[] All = [Call, Consult, Note, Reminder, Email];
}
