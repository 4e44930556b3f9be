namespace VetCrm.Web.ApiClient;

/// <summary>Clinical scores and their types.</summary>
public sealed partial class VetCrmApiClient
{
    private const int ScorePage = 200;

    /// <summary>Every score type (a hospital has dozens at most), by name.</summary>
    public async Task<IReadOnlyList<ScoreType>> ListScoreTypesAsync(bool activeOnly, CancellationToken cancellationToken)
    {
        var types = new List<ScoreType>();
        string? cursor = null;
        do
        {
            var page = await GetAsync<Page<ScoreType>>("/api/score-types",
                new() { ["active"] = activeOnly ? "true" : null, ["limit"] = ScorePage.ToString(), ["cursor"] = cursor }, cancellationToken);
            types.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return types;
    }

    /// <summary>A pet's scores, oldest first, every page (a chart needs all of them).</summary>
    public async Task<IReadOnlyList<ClinicalScore>> ListPetScoresAsync(Guid petId, CancellationToken cancellationToken)
    {
        var scores = new List<ClinicalScore>();
        string? cursor = null;
        do
        {
            var page = await GetAsync<Page<ClinicalScore>>("/api/scores",
                new() { ["pet"] = petId.ToString(), ["include"] = "recordedBy", ["limit"] = ScorePage.ToString(), ["cursor"] = cursor }, cancellationToken);
            scores.AddRange(page.Items);
            cursor = page.NextCursor;
        } while (cursor is not null);
        return scores;
    }

    public Task<ClinicalScore> RecordScoreAsync(ScoreWrite score, CancellationToken cancellationToken) =>
        SendAsync<ClinicalScore>(HttpMethod.Post, "/api/scores", score, cancellationToken);

    public Task<ScoreType> CreateScoreTypeAsync(ScoreTypeWrite type, CancellationToken cancellationToken) =>
        SendAsync<ScoreType>(HttpMethod.Post, "/api/score-types", type, cancellationToken);

    public Task<ScoreType> SetScoreTypeActiveAsync(Guid id, uint version, bool active, CancellationToken cancellationToken) =>
        SendAsync<ScoreType>(HttpMethod.Patch, $"/api/score-types/{id}", new { version, active }, cancellationToken);
}
