namespace VetCrm.Web.ApiClient;

/// <summary>
/// Which appointments a calendar or a case page asks for: one specialist's or one room's, or one pet's, within a window.
/// Read in pages of the API's usual size and followed to the end, so that a busy week's paging is the everyday path.
/// </summary>
public sealed record AppointmentQuery(Guid? Specialist = null, Guid? Room = null, Guid? Pet = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    string Order = "startAt", int Limit = 50);
