namespace VetCrm.Web.ApiClient;

public sealed record SignupRequest(string? Username, string? Email, string? Password, string? FullName);
