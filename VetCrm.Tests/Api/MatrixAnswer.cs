namespace VetCrm.Tests.Api;

/// <summary>What an interface answered to a matrix operation, as a REST status (GraphQL error codes mapped to theirs).</summary>
/// <param name="ListedIds">The ids a successful list returned.</param>
/// <param name="ErrorFields">The fields a refusal named.</param>
public sealed record MatrixAnswer(int Status, IReadOnlyList<string> ListedIds, IReadOnlyList<string> ErrorFields, string Text);
