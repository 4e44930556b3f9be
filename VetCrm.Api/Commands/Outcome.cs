namespace VetCrm.Api.Commands;

/// <summary>What a command did: the record as the caller now sees it, or why nothing was done.</summary>
public sealed class Outcome<T> where T : class
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }
    public Refusal? Refusal { get; }
    public bool Succeeded => Refusal is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal);
}
