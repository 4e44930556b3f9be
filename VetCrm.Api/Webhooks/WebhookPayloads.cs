using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Webhooks;

/// <summary>
/// The body of a delivery: the event and the record as the subscription's owner may see it now, read through the
/// same query services as REST with the owner as the caller (<c>record</c> is null when it is out of the owner's reach).
/// </summary>
public sealed class WebhookPayloads(VetCrmDbContext db, PetQueries pets, ReferralQueries referrals, TreatmentPlanQueries plans,
    InteractionQueries interactions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public async Task<byte[]> BodyAsync(WebhookDelivery delivery, Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => new Actor(u.Id, u.UserName!, u.Role)).FirstOrDefaultAsync(cancellationToken);
        object? record = owner is null || !owner.HasRole ? null : delivery.EntityType switch
        {
            var t when t == RecordTypes.Pet.Name => await pets.GetAsync(owner, delivery.EntityId, Includes.None, false, cancellationToken),
            var t when t == RecordTypes.Referral.Name => await referrals.GetAsync(owner, delivery.EntityId, Includes.None, false, cancellationToken),
            var t when t == RecordTypes.TreatmentPlan.Name => await plans.GetAsync(owner, delivery.EntityId, Includes.None, false, cancellationToken),
            var t when t == RecordTypes.InteractionLog.Name => await interactions.GetAsync(owner, delivery.EntityId, Includes.None, false, cancellationToken),
            _ => null,
        };
        var options = json.Value.SerializerOptions;
        var body = new JsonObject
        {
            ["id"] = delivery.Id,
            ["type"] = delivery.EventType,
            ["entityType"] = delivery.EntityType,
            ["entityId"] = delivery.EntityId,
            ["petId"] = delivery.PetId,
            ["occurredAt"] = delivery.OccurredAt,
            ["record"] = record is null ? null : JsonSerializer.SerializeToNode(record, record.GetType(), options),
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, options);
    }
}
