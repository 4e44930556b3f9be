namespace VetCrm.Hosting.ApplicationModel;

/// <summary>
/// A value handed to resources, e.g. a password. Read from configuration <c>Parameters:{name}</c> when set;
/// otherwise, when <see cref="Generate"/> is set, generated once and kept in the state directory (outside git).
/// </summary>
public sealed class ParameterResource(string name, bool secret, bool generate) : Resource(name)
{
    private string? _value;

    public bool Secret { get; } = secret;
    public bool Generate { get; } = generate;

    public string Value => _value ?? throw new InvalidOperationException($"Parameter '{Name}' has no value yet: the application has not started.");

    internal void Resolve(string value) => _value = value;
}
