using GraphQL.Types;
using GraphQLParser.AST;

namespace VetCrm.Api.GraphQl;

/// <summary>A field of a selection plan: its response name (alias or name), and its reader when it is a leaf read from the row.</summary>
public sealed record SelectedField(string ResponseName, GraphQLField Field, FieldType Definition, LeafReader? Reader);
