namespace VetCrm.Api.OpenApi;

/// <summary>A JSON member built by hand (e.g. a stored snapshot) that the document describes with the schema of <paramref name="shape"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DocumentedAsAttribute(Type shape) : Attribute
{
    public Type Shape { get; } = shape;
}
