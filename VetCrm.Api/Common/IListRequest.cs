namespace VetCrm.Api.Common;

/// <summary>The list parameters every list takes: order, page size, cursor and includes.</summary>
public interface IListRequest
{
    string? Order { get; }
    int? Limit { get; }
    string? Cursor { get; }
    string? Include { get; }
}
