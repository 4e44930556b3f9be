using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using VetCrm.Api.GraphQl;

namespace VetCrm.UnitTests;

/// <summary>
/// Reading a row's leaf fields with the row must answer exactly what graphql-dotnet's own serial strategy answers: the same
/// JSON, the same errors at the same paths, the same nulls carried up from a non-null field, whatever the rows hold.
/// </summary>
public sealed class PrefilledSelectionTests
{
    private static readonly Row[] Rows =
    [
        new("first", 1, ["a", "b"], ["x"], DateTimeOffset.Parse("2026-12-01T08:30:00+01:00"), new Child("c1", 10)),
        new("second", 2, [], null, DateTimeOffset.UnixEpoch, null),
        // A null in non-null fields: the library reports each at its path and nulls the row (or the list, if it is non-null).
        new(null, 3, ["a", null], ["y", null], DateTimeOffset.MaxValue, new Child(null, 11)),
        new("fourth", 4, ["d"], ["z"], DateTimeOffset.MinValue, new Child("c4", -1)),
    ];

    [Theory]
    [InlineData("{ rows { name count tags notes at child { label score } } }")]
    [InlineData("{ rows { a: name b: name __typename count n: count child { __typename l: label } tags } }")]
    [InlineData("{ rows { count notes } strictRows { name count } }")]
    [InlineData("{ strictRows { count tags child { label } } }")]
    [InlineData("{ rows { name computed count } }")]
    [InlineData("{ rows { count odd } }")]
    [InlineData("{ rows { count ...f } } fragment f on Row { name tags }")]
    [InlineData("query($show: Boolean!) { rows { count name @include(if: $show) tags @skip(if: $show) } }")]
    public async Task Rows_read_with_their_leaves_answer_what_the_library_answers(string query)
    {
        var ours = await RunAsync(new CachedSelectionExecutionStrategy(), query);
        var library = await RunAsync(new SerialExecutionStrategy(), query);
        Assert.Equal(library, ours);
        Assert.Contains("\"data\"", ours);
    }

    [Fact]
    public async Task Clean_rows_take_no_node_per_leaf_and_a_row_with_a_null_in_a_non_null_field_is_reported_as_the_library_reports_it()
    {
        var (answer, result) = await ExecuteAsync(new CachedSelectionExecutionStrategy(), "{ rows { name count child { label } } }");
        var rows = ((ArrayExecutionNode)((ObjectExecutionNode)result.Data!).SubFields!.Single()).Items!.Cast<PrefilledObjectNode>().ToList();
        Assert.Equal([true, true, false, true], rows.Select(r => r.Plan is not null));
        Assert.Single(rows[0].SubFields!);
        Assert.Contains("\"path\":[\"rows\",2,\"name\"]", answer);
        Assert.Contains("{\"name\":\"first\",\"count\":1,\"child\":{\"label\":\"c1\"}}", answer);
    }

    private static async Task<string> RunAsync(IExecutionStrategy strategy, string query) => (await ExecuteAsync(strategy, query)).Json;

    private static async Task<(string Json, ExecutionResult Result)> ExecuteAsync(IExecutionStrategy strategy, string query)
    {
        var schema = new Schema { Query = new RowsQuery() };
        schema.RegisterType(new DateTimeOffsetValueGraphType());
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = query;
            options.Variables = new Inputs(new Dictionary<string, object?> { ["show"] = false });
        });
        var serializer = new GraphQLSerializer(json => json.Converters.Insert(0, new GraphQlResultConverter()));
        return (serializer.Serialize(result), result);
    }

    private sealed record Row(string? Name, int Count, IReadOnlyList<string?> Tags, IReadOnlyList<string?>? Notes, DateTimeOffset At, Child? Child);

    private sealed record Child(string? Label, int Score);

    private sealed class RowsQuery : ObjectGraphType
    {
        public RowsQuery()
        {
            Field<ListGraphType<RowGraphType>>("rows").Resolve(_ => Rows);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<RowGraphType>>>>("strictRows").Resolve(_ => Rows);
        }
    }

    private sealed class RowGraphType : ObjectGraphType<Row>
    {
        public RowGraphType()
        {
            Name = "Row";
            Field(r => r.Name, type: typeof(NonNullGraphType<StringGraphType>));
            Field(r => r.Count);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").ResolveFromSource(r => r.Tags);
            Field<ListGraphType<StringGraphType>>("notes").ResolveFromSource(r => r.Notes);
            Field<NonNullGraphType<DateTimeOffsetValueGraphType>>("at").ResolveFromSource(r => r.At);
            // A resolver that may read more than its source: never read with the row.
            Field<StringGraphType>("computed").Resolve(context => $"{context.FieldDefinition.Name}:{context.Source.Count}");
            Field<ChildGraphType>("child").Resolve(context => context.Source.Child);
            Field<OddGraphType>("odd").ResolveFromSource(r => r.Count);
        }
    }

    /// <summary>A scalar that fails to serialize some values: the library reports the failure on the field.</summary>
    private sealed class OddGraphType : IntGraphType
    {
        public OddGraphType() => Name = "Odd";

        public override object? Serialize(object? value) =>
            value is int number && number % 2 == 0 ? throw new InvalidOperationException("not odd") : base.Serialize(value);
    }

    private sealed class ChildGraphType : ObjectGraphType<Child>
    {
        public ChildGraphType()
        {
            Name = "Child";
            Field(c => c.Label, type: typeof(NonNullGraphType<StringGraphType>));
            Field(c => c.Score);
        }
    }
}
