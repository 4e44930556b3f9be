namespace VetCrm.Api.Auth;

public sealed record RefreshRequest(string? RefreshToken);
