namespace VetCrm.Web.Live;

public sealed record LiveToken(string AccessToken);
