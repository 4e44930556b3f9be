using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Search;

/// <summary>
/// The header search: one term over pet names, owner names, owner phones (as digits, country code optional) and referral
/// numbers, across every pet the caller may find (<see cref="CaseAccess.SearchablePets"/>), newest activity first, a page at a time.
/// Each kind of match is one indexed lookup (trigram GIN on the text columns and on the phone digits), united.
/// </summary>
public sealed class SearchQueries(VetCrmDbContext db, CaseAccess access)
{
    public const int MaxTermLength = 100;

    private static readonly ListOrders<Pet, SearchHitView> Orders = new ListOrders<Pet, SearchHitView>("-updatedAt")
        .By("updatedAt", p => p.UpdatedAt, v => v.UpdatedAt);

    public async Task<(Page<SearchHitView>? Page, FieldErrors Errors)> SearchAsync(Actor actor, SearchRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var term = check.Required("q", request.Q, MaxTermLength);
        if (check.Failed) return (null, check.Errors);

        var pattern = $"%{EscapeLike(term)}%";
        var matches = db.Pets.Where(p => EF.Functions.ILike(p.PetName, pattern, @"\")).Select(p => p.Id)
            .Concat(db.Pets.Where(p => EF.Functions.ILike(p.OwnerName, pattern, @"\")).Select(p => p.Id))
            .Concat(db.Pets.Where(p => EF.Functions.ILike(p.OwnerPhone, pattern, @"\")).Select(p => p.Id))
            .Concat(db.Referrals.Where(r => EF.Functions.ILike(r.ReferralNumber, pattern, @"\")).Select(r => r.PetId));
        foreach (var digits in PhoneSearchTerms.For(term))
        {
            var digitsPattern = $"%{digits}%";
            matches = matches.Concat(db.Pets.Where(p => EF.Functions.Like(p.OwnerPhoneDigits!, digitsPattern)).Select(p => p.Id));
        }
        var found = access.SearchablePets(actor).AsNoTracking().Where(p => p.ArchivedAt == null && matches.Contains(p.Id));
        return await Orders.PageAsync(found, request, p => p.Id, v => v.Id, Projection(actor, pattern), cancellationToken);
    }

    /// <summary>One pet as a search hit: what a coordinator may know of another team's patient to record its new referral.</summary>
    public Task<SearchHitView?> HitAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        access.SearchablePets(actor).AsNoTracking().Where(p => p.Id == id && p.ArchivedAt == null)
            .Select(Projection(actor, pattern: null)).FirstOrDefaultAsync(cancellationToken);

    /// <param name="pattern">The search's LIKE pattern, to name the referral number that matched; null for a hit read by id.</param>
    private Expression<Func<Pet, SearchHitView>> Projection(Actor actor, string? pattern)
    {
        var openCases = access.Pets(actor).Select(p => p.Id);
        var matchedNumber = pattern is not null && CaseAccess.MayReadReferrals(actor);
        var like = pattern ?? "";
        IReadOnlyList<string> actions = CaseAccess.MayCreate(actor, RecordTypes.Referral) ? [RecordActions.CreateReferral] : [];
        return p => new SearchHitView(
            p.Id, p.PetName, p.Species, p.Breed, p.OwnerName, p.OwnerPhone, p.PrimaryVetClinic,
            new SearchSpecialistView(p.AssignedSpecialistId, p.AssignedSpecialist!.FullName),
            matchedNumber ? p.Referrals.Where(r => EF.Functions.ILike(r.ReferralNumber, like, @"\")).Select(r => r.ReferralNumber).FirstOrDefault() : null,
            openCases.Contains(p.Id), p.UpdatedAt, actions);
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
