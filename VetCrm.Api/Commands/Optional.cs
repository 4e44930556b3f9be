namespace VetCrm.Api.Commands;

/// <summary>
/// A field of a partial update: either absent (leave it as it is) or given, possibly as null (clear it). A plain
/// nullable cannot tell "not sent" from "sent as null".
/// </summary>
public readonly record struct Optional<T>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    public bool HasValue { get; }
    public T Value => HasValue ? _value : throw new InvalidOperationException("The field was not given.");

    public static implicit operator Optional<T>(T value) => new(value);
}
