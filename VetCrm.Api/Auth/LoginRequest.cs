namespace VetCrm.Api.Auth;

/// <param name="Username">The user name (or e-mail address).</param>
public sealed record LoginRequest(string? Username, string? Password);
