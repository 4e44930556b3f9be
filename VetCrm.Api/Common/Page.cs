namespace VetCrm.Api.Common;

/// <summary>A page of a list: <c>{"items": [...], "nextCursor": "…" | null}</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
