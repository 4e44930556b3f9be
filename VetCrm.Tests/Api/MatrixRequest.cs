namespace VetCrm.Tests.Api;

/// <summary>One access-matrix operation, independent of the interface that carries it (REST or GraphQL).</summary>
/// <param name="Records">The REST collection name: pets, referrals, treatment-plans, interactions, appointments, tasks, scores, score-types,
/// equipment-items, equipment-loans, message-threads, messages, attachments.</param>
/// <param name="Body">The REST JSON body (references as <c>{"id"}</c>) of a create, update or status move.</param>
/// <param name="ListFilter">The list filter that finds the case's records (pets by name, the rest by pet).</param>
public sealed record MatrixRequest(string Records, string Operation, string Id, object? Body, (string Name, string Value) ListFilter);
