namespace VetCrm.Web.ApiClient;

/// <summary>A reference as the API writes it: <c>{"id": "…"}</c>.</summary>
public sealed record IdRef(Guid Id);
