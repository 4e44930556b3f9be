namespace VetCrm.Api.Auth;

public sealed record SignupRequest(string? Username, string? Email, string? Password, string? FullName);
