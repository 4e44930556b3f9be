using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Pets;

/// <param name="Q">Search in pet name, owner name, owner phone and referral number (substring, case-insensitive; trigram-indexed).</param>
public sealed record PetListRequest(
    string? Q, string? Species, Guid? AssignedSpecialist, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

public static class PetEndpoints
{
    public static readonly RecordApi<Pet, PetView> Api = new()
    {
        Kind = RecordKind.Pet,
        EntityTypeName = "pet",
        Includable = PetView.Includable,
        Fields = new FieldSet<Pet>()
            .Text("petName", 100, required: true, (p, v) => p.PetName = v!)
            .Text("species", 50, required: true, (p, v) => p.Species = v!)
            .Text("breed", 100, required: false, (p, v) => p.Breed = v)
            .Date("dateOfBirth", required: false, (p, v) => p.DateOfBirth = v)
            .Text("medicalHistorySummary", 4000, required: true, (p, v) => p.MedicalHistorySummary = v!)
            .Text("ownerName", 200, required: true, (p, v) => p.OwnerName = v!)
            .Text("ownerPhone", 40, required: true, (p, v) => p.OwnerPhone = v!)
            .Text("primaryVetClinic", 200, required: false, (p, v) => p.PrimaryVetClinic = v)
            .Reference("assignedSpecialist", required: true, (p, v) => p.AssignedSpecialistId = v!.Value)
            .ServerManaged("archivedAt"),
        Visible = context => context.Access.Pets(context.Actor),
        Projection = (_, include) => PetView.Projection(include),
        New = _ => new Pet { PetName = "", Species = "", MedicalHistorySummary = "", OwnerName = "", OwnerPhone = "" },
        CheckReferences = async (context, pet, _, errors, cancellationToken) =>
        {
            if (!await context.Db.Users.AnyAsync(u => u.Id == pet.AssignedSpecialistId && u.Role == Roles.Specialist, cancellationToken))
                errors.Add("assignedSpecialist", "must reference an existing user with the specialist role.");
        },
        Orders = new ListOrders<Pet, PetView>("-updatedAt")
            .By("updatedAt", p => p.UpdatedAt, v => v.UpdatedAt)
            .By("createdAt", p => p.CreatedAt, v => v.CreatedAt)
            .By("petName", p => p.PetName, v => v.PetName),
    };

    public static IEndpointRouteBuilder MapPetEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/pets").WithTags("Pets").RequireAuthorization(Auth.Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("The pet pipeline: newest activity first, searchable with q=").Produces<Page<PetView>>().ProducesValidationProblem();
        Api.Map(group);
        return routes;
    }

    private static Task<IResult> ListAsync([AsParameters] PetListRequest request, RecordContext context, CancellationToken cancellationToken) =>
        Api.ListAsync(context, request, request.Archived, pets =>
        {
            if (request.Species is { } species) pets = pets.Where(p => p.Species == species);
            if (request.AssignedSpecialist is { } specialist) pets = pets.Where(p => p.AssignedSpecialistId == specialist);
            return pets;
        }, cancellationToken, string.IsNullOrWhiteSpace(request.Q) ? null : Search(context, request.Q.Trim()));

    /// <summary>Pet name, owner name, owner phone or a referral number containing the term (case-insensitive).</summary>
    private static ListSearch<Pet> Search(RecordContext context, string term)
    {
        var pattern = $"%{EscapeLike(term)}%";
        var db = context.Db;
        var byReferralNumber = db.Referrals.Where(r => EF.Functions.ILike(r.ReferralNumber, pattern)).Select(r => r.PetId);
        return new ListSearch<Pet>(term,
            p => EF.Functions.ILike(p.PetName, pattern) || EF.Functions.ILike(p.OwnerName, pattern) || EF.Functions.ILike(p.OwnerPhone, pattern)
                || byReferralNumber.Contains(p.Id),
            // One trigram-indexed lookup per column, united: an OR across columns would make PostgreSQL walk the whole
            // order index instead (70 ms vs 0.5 ms at 20k pets, for a rare term).
            pets => pets.Where(p => db.Pets.Where(m => EF.Functions.ILike(m.PetName, pattern)).Select(m => m.Id)
                .Concat(db.Pets.Where(m => EF.Functions.ILike(m.OwnerName, pattern)).Select(m => m.Id))
                .Concat(db.Pets.Where(m => EF.Functions.ILike(m.OwnerPhone, pattern)).Select(m => m.Id))
                .Concat(byReferralNumber)
                .Contains(p.Id)));
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
