namespace VetCrm.Web.ApiClient;

/// <summary>Which appointments a calendar or a case page asks for: one specialist's or one room's, or one pet's, within a window.</summary>
public sealed record AppointmentQuery(Guid? Specialist = null, Guid? Room = null, Guid? Pet = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    string Order = "startAt", int Limit = 200);
