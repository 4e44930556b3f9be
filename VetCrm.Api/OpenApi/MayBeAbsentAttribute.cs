namespace VetCrm.Api.OpenApi;

/// <summary>A member left out of the JSON in some answers (<paramref name="when"/>): the document marks it optional and says when.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MayBeAbsentAttribute(string when) : Attribute
{
    public string When { get; } = when;
}
