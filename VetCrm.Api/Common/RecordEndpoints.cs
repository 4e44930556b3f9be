using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Common;

/// <summary>What a record handler works with; one scoped bundle so handlers stay short.</summary>
public sealed class RecordContext(VetCrmDbContext db, CaseAccess access, AuditLog audit, TimeProvider time, IHttpContextAccessor http)
{
    public VetCrmDbContext Db => db;
    public CaseAccess Access => access;
    public AuditLog Audit => audit;
    public TimeProvider Time => time;

    /// <summary>The signed-in actor; clinical endpoints require authentication, so it is always there.</summary>
    public Actor Actor => http.HttpContext?.Features.Get<Actor>() ?? throw new InvalidOperationException("No signed-in actor.");
}

/// <summary>A status field with its own endpoint (<c>POST …/{id}/status</c>) that checks the move and records a reason.</summary>
public sealed record StatusRule<TEntity>(
    IReadOnlyCollection<string> Values, Func<TEntity, string> Get, Action<TEntity, string> Set, Func<string, string, string?> RefuseMove);

/// <summary>
/// One clinical record type's REST surface (get, create, patch, archive, status, status history), written once for all
/// four records; each record supplies its fields, access filter, projection and reference checks.
/// </summary>
public sealed class RecordApi<TEntity, TView> where TEntity : ClinicalRecord where TView : RecordRef
{
    public required RecordKind Kind { get; init; }
    /// <summary>The name used in audit rows and status history, e.g. "treatmentPlan".</summary>
    public required string EntityTypeName { get; init; }
    public required string[] Includable { get; init; }
    public required FieldSet<TEntity> Fields { get; init; }
    public required Func<RecordContext, IQueryable<TEntity>> Visible { get; init; }
    /// <summary>The record as an actor sees it, with the given includes; it may depend on the actor's role only (it is cached by role).</summary>
    public required Func<Actor, IReadOnlySet<string>, Expression<Func<TEntity, TView>>> Projection { get; init; }
    /// <summary>A blank entity for a create; fields are then applied from the body.</summary>
    public required Func<RecordContext, TEntity> New { get; init; }
    /// <summary>Existence, reach and cross-record rules of references; server defaults for a create.</summary>
    public required Func<RecordContext, TEntity, WriteMode, FieldErrors, CancellationToken, Task> CheckReferences { get; init; }
    /// <summary>A check that needs the whole record (e.g. client care's interaction types); returns a 403 detail.</summary>
    public Func<Actor, TEntity, string?> ForbiddenWrite { get; init; } = (_, _) => null;
    public StatusRule<TEntity>? Status { get; init; }
    public required ListOrders<TEntity, TView> Orders { get; init; }

    private readonly ConcurrentDictionary<string, Func<TEntity, TView>> _views = new();
    private readonly ConcurrentDictionary<(string Role, string Includes), Expression<Func<TEntity, TView>>> _projections = new();

    private string Display => Kind.ToString();

    /// <summary>The shared half of every list: includes, archived switch, access filter, keyset page; the record adds its filters.</summary>
    public async Task<IResult> ListAsync(RecordContext context, IListRequest request, bool? archived,
        Func<IQueryable<TEntity>, IQueryable<TEntity>> filter, CancellationToken cancellationToken, ListSearch<TEntity>? search = null)
    {
        var errors = new FieldErrors();
        var includes = Includes.Parse(request.Include, Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var source = filter(Visible(context).AsNoTracking());
        source = archived == true ? source.Where(e => e.ArchivedAt != null) : source.Where(e => e.ArchivedAt == null);
        var (page, pageErrors) = await Orders.PageAsync(source, request, e => e.Id, v => v.Id, ProjectionFor(context.Actor, includes), cancellationToken, search);
        return page is null ? Problems.Validation(pageErrors) : TypedResults.Ok(page);
    }

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", GetAsync).WithSummary($"Get one {EntityTypeName} (audited as a case read)").Produces<TView>().ProducesProblem(404);
        group.MapPost("/", CreateAsync).WithSummary($"Create a {EntityTypeName}").Accepts<TView>("application/json").Produces<TView>(201).ProducesValidationProblem().ProducesProblem(403);
        group.MapPatch("/{id:guid}", PatchAsync).WithSummary($"Update fields of a {EntityTypeName}; `version` is required (409 when stale)").Accepts<TView>("application/json")
            .Produces<TView>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary($"Archive a {EntityTypeName} (admin)").Produces<TView>().ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why").Produces<Page<StatusChangeView>>().ProducesProblem(404);
        if (Status is not null)
        {
            group.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary($"Move the {EntityTypeName} to another status with a reason")
                .Accepts<StatusChangeRequest>("application/json").Produces<TView>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        }
    }

    private async Task<IResult> GetAsync(Guid id, string? include, RecordContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var includes = Includes.Parse(include, Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await Visible(context).Where(e => e.Id == id).Select(ProjectionFor(context.Actor, includes)).FirstOrDefaultAsync(cancellationToken);
        if (view is null) return Problems.NotFound(Display);
        await context.Audit.RecordReadAsync(context.Actor, EntityTypeName, id, cancellationToken);
        return TypedResults.Ok(view);
    }

    private async Task<IResult> CreateAsync(HttpRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(context.Actor, Kind)) return Problems.Forbidden($"Your role may not create a {EntityTypeName}.");
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var entity = New(context);
        var errors = Fields.Apply(body!, entity, WriteMode.Create);
        if (errors.Any) return Problems.Validation(errors);
        await CheckReferences(context, entity, WriteMode.Create, errors, cancellationToken);
        if (errors.Any) return Problems.Validation(errors);
        if (ForbiddenWrite(context.Actor, entity) is { } forbidden) return Problems.Forbidden(forbidden);
        context.Db.Add(entity);
        if (await SaveAsync(context, cancellationToken) is { } conflict) return conflict;
        var view = ViewOf(context.Actor, entity);
        return TypedResults.Created($"{request.PathBase}{request.Path.Value!.TrimEnd('/')}/{entity.Id}", view);
    }

    private async Task<IResult> PatchAsync(Guid id, HttpRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var (version, versionErrors) = FieldSet<TEntity>.ReadVersion(body!);
        var entity = await Visible(context).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null) return Problems.NotFound(Display);
        if (!CaseAccess.MayUpdate(context.Actor, Kind)) return Problems.Forbidden($"Your role may not change this {EntityTypeName}.");
        if (ForbiddenWrite(context.Actor, entity) is { } forbiddenBefore) return Problems.Forbidden(forbiddenBefore);
        if (versionErrors.Any) return Problems.Validation(versionErrors);
        if (entity.Version != version) return Stale(entity);
        var errors = Fields.Apply(body!, entity, WriteMode.Patch);
        if (errors.Any) return Problems.Validation(errors);
        await CheckReferences(context, entity, WriteMode.Patch, errors, cancellationToken);
        if (errors.Any) return Problems.Validation(errors);
        if (ForbiddenWrite(context.Actor, entity) is { } forbidden) return Problems.Forbidden(forbidden);
        if (await SaveAsync(context, cancellationToken) is { } conflict) return conflict;
        return TypedResults.Ok(ViewOf(context.Actor, entity));
    }

    private async Task<IResult> ArchiveAsync(Guid id, RecordContext context, CancellationToken cancellationToken)
    {
        var entity = await Visible(context).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null) return Problems.NotFound(Display);
        if (!CaseAccess.MayArchive(context.Actor)) return Problems.Forbidden("Only an admin may archive records.");
        if (entity.ArchivedAt is null)
        {
            entity.ArchivedAt = context.Time.GetUtcNow();
            if (await SaveAsync(context, cancellationToken) is { } conflict) return conflict;
        }
        return TypedResults.Ok(ViewOf(context.Actor, entity));
    }

    private async Task<IResult> ChangeStatusAsync(Guid id, HttpRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        var rule = Status!;
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var entity = await Visible(context).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null) return Problems.NotFound(Display);
        if (!CaseAccess.MayChangeStatus(context.Actor, Kind)) return Problems.Forbidden($"Your role may not change the status of this {EntityTypeName}.");

        var change = new StatusChangeRequest();
        var errors = StatusChangeRequest.Fields(rule.Values).Apply(body!, change, WriteMode.Create);
        if (errors.Any) return Problems.Validation(errors);
        if (body!["version"] is not null)
        {
            var (version, versionErrors) = FieldSet<TEntity>.ReadVersion(body);
            if (versionErrors.Any) return Problems.Validation(versionErrors);
            if (entity.Version != version) return Stale(entity);
        }
        var from = rule.Get(entity);
        if (rule.RefuseMove(from, change.Status!) is { } refusal) return Problems.Conflict(refusal, "status");
        rule.Set(entity, change.Status!);
        entity.StatusChangeReason = change.Reason;
        if (await SaveAsync(context, cancellationToken) is { } conflict) return conflict;
        return TypedResults.Ok(ViewOf(context.Actor, entity));
    }

    private async Task<IResult> StatusHistoryAsync(Guid id, RecordContext context, CancellationToken cancellationToken)
    {
        if (!await Visible(context).AnyAsync(e => e.Id == id, cancellationToken)) return Problems.NotFound(Display);
        var items = await context.Db.StatusChanges.AsNoTracking()
            .Where(c => c.EntityType == EntityTypeName && c.EntityId == id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(StatusChangeView.Projection)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<StatusChangeView>(items, null));
    }

    /// <summary>
    /// A record just written, as the actor sees it without includes, projected in memory rather than read back: the
    /// tracked entity holds every column, its version came back with the write, and its instants are whole microseconds.
    /// </summary>
    private TView ViewOf(Actor actor, TEntity entity) =>
        _views.GetOrAdd(actor.Role ?? "", _ => ProjectionFor(actor, Includes.None).Compile())(entity);

    /// <summary>
    /// The projection for a role and a set of includes, built once: a projection depends on nothing else, and building
    /// and expanding it again for every request was a measurable share of a list's CPU time.
    /// </summary>
    private Expression<Func<TEntity, TView>> ProjectionFor(Actor actor, IReadOnlySet<string> includes) =>
        _projections.GetOrAdd((actor.Role ?? "", string.Join(',', includes.Order(StringComparer.Ordinal))), _ => Projection(actor, includes));

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Stale(TEntity entity) => Problems.Conflict(
        $"This {EntityTypeName} was changed by someone else since you read it (current version {entity.Version}); read it again and reapply your change.", "version");

    /// <summary>Saves; a concurrent edit or a duplicate unique value becomes a 409 naming the field, with nothing written.</summary>
    private async Task<IResult?> SaveAsync(RecordContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            context.Db.ChangeTracker.Clear();
            return Problems.Conflict($"This {EntityTypeName} was changed by someone else while you saved; read it again and reapply your change.", "version");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            context.Db.ChangeTracker.Clear();
            var field = unique.ConstraintName?.Contains("referral_number") == true ? "referralNumber" : "id";
            return Problems.Conflict($"Another {EntityTypeName} already has this {field}.", field);
        }
    }
}

/// <summary>Body of <c>POST /api/{records}/{id}/status</c>: the new status and why (the reason lands in the status history).</summary>
public sealed class StatusChangeRequest
{
    public string? Status { get; set; }
    public string? Reason { get; set; }

    public static FieldSet<StatusChangeRequest> Fields(IReadOnlyCollection<string> values) => new FieldSet<StatusChangeRequest>()
        .Choice("status", values, required: true, (r, v) => r.Status = v)
        .Text("reason", 1000, required: true, (r, v) => r.Reason = v);
}

public sealed record StatusChangeView(Guid Id, string Field, string? FromValue, string ToValue, RecordRef? ChangedBy, string? ChangeReason, DateTimeOffset ChangedAt)
{
    public static readonly Expression<Func<StatusChange, StatusChangeView>> Projection = c => new StatusChangeView(
        c.Id, c.Field, c.FromValue, c.ToValue, c.ChangedById == null ? null : new RecordRef(c.ChangedById.Value), c.ChangeReason, c.ChangedAt);
}
