namespace VetCrm.Api.OpenApi;

/// <summary>
/// A reference that <c>include=</c> fills in with the referenced record (<paramref name="view"/>): the document describes
/// it as that record with only <c>id</c> required, so a generated client reads the included fields without a cast.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IncludedAsAttribute(Type view) : Attribute
{
    public Type View { get; } = view;
}
