namespace VetCrm.Api.OpenApi;

/// <summary>
/// The field takes one of a value set defined once in the data layer (a static class with a <c>string[] All</c>, e.g.
/// <c>ReferralPriorities</c>, or another static string[] field named by <paramref name="field"/>); the OpenAPI document lists
/// them as the field's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ValueSetAttribute(Type valueSet, string field = "All") : Attribute
{
    public IReadOnlyList<string> Values { get; } =
        valueSet.GetField(field)?.GetValue(null) as string[] ?? throw new ArgumentException($"{valueSet.Name} has no static string[] {field}.", nameof(valueSet));
}
