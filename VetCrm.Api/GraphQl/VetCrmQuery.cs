using GraphQL;
using GraphQL.Types;
using VetCrm.Api.Audit;
using VetCrm.Api.Auth;
using VetCrm.Api.Cases;
using VetCrm.Api.Common;
using VetCrm.Api.Interactions;
using VetCrm.Api.Messaging;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The reads: each field calls the same query service as its REST route, with the caller, so access, filters, ordering
/// and keyset paging are REST's. A read by id is audited as a person's read; out of reach is a NOT_FOUND error.
/// Root fields are nullable, so that one refused field leaves the others' data.
/// </summary>
public sealed class VetCrmQuery : ObjectGraphType
{
    public VetCrmQuery()
    {
        Name = "Query";

        Field<MeGraphType>("me").Description("The signed-in user (also for accounts without a role).")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller();
                var user = await context.Service<UserQueries>().GetAsync(actor.UserId, context.CancellationToken)
                    ?? throw new ExecutionError("The account no longer exists.") { Code = GraphQlResolve.Unauthenticated };
                return MeView.From(user, Access.RecordActions.ForCaller(actor), Access.RecordActions.InteractionTypesFor(actor));
            });

        Field<PetGraphType>("pet").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<PetQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.Pet.Name));
        Field<PageGraphType<PetView, PetGraphType>>("pets").Description("The pet pipeline: newest activity first, searchable with q.")
            .Argument<StringGraphType>("q", "Pet name, owner name, owner phone or referral number contains (case-insensitive).")
            .Argument<StringGraphType>("species").Argument<IdGraphType>("assignedSpecialist")
            .ListArguments("updatedAt, createdAt, petName (prefix - for descending); default -updatedAt")
            .ResolveAsync(async context => (await context.Service<PetQueries>().ListAsync(context.Staff(), new PetListRequest(
                context.GetArgument<string?>("q"), context.GetArgument<string?>("species"), context.GetArgument<Guid?>("assignedSpecialist"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());

        Field<ReferralGraphType>("referral").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<ReferralQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.Referral.Name));
        Field<PageGraphType<ReferralView, ReferralGraphType>>("referrals")
            .Argument<StringGraphType>("status").Argument<StringGraphType>("priority").Argument<IdGraphType>("pet").Argument<IdGraphType>("receivedBy")
            .Argument<StringGraphType>("referralNumber")
            .ListArguments("receivedAt, createdAt, updatedAt, referralNumber (prefix - for descending); default -receivedAt")
            .ResolveAsync(async context => (await context.Service<ReferralQueries>().ListAsync(context.Staff(), new ReferralListRequest(
                context.GetArgument<string?>("status"), context.GetArgument<string?>("priority"), context.GetArgument<Guid?>("pet"),
                context.GetArgument<Guid?>("receivedBy"), context.GetArgument<string?>("referralNumber"), context.GetArgument<bool?>("archived"),
                context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor"), null),
                context.CancellationToken)).PageOrThrow());
        Field<PageGraphType<ReferralView, ReferralGraphType>>("triageQueue")
            .Description("Open referrals (received, triaged), emergency first, then oldest first.")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context => (await context.Service<ReferralQueries>().QueueAsync(context.Staff(), new QueueRequest(
                context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow());

        Field<TreatmentPlanGraphType>("treatmentPlan").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<TreatmentPlanQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.TreatmentPlan.Name));
        Field<PageGraphType<TreatmentPlanView, TreatmentPlanGraphType>>("treatmentPlans")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("referral").Argument<StringGraphType>("planStatus").Argument<IdGraphType>("createdBy")
            .Argument<BooleanGraphType>("reviewDue", "true: only plans whose nextReviewDate has passed.")
            .Argument<StringGraphType>("review", "overdue or dueSoon (within a week).")
            .ListArguments("updatedAt, createdAt, planTitle (prefix - for descending); default -updatedAt")
            .ResolveAsync(async context => (await context.Service<TreatmentPlanQueries>().ListAsync(context.Staff(), new TreatmentPlanListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("referral"), context.GetArgument<string?>("planStatus"),
                context.GetArgument<Guid?>("createdBy"), context.GetArgument<bool?>("reviewDue"), context.GetArgument<string?>("review"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());

        Field<InteractionGraphType>("interaction").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<InteractionQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.InteractionLog.Name));
        Field<PageGraphType<InteractionView, InteractionGraphType>>("interactions")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("referral").Argument<IdGraphType>("treatmentPlan").Argument<IdGraphType>("user")
            .Argument<StringGraphType>("interactionType").Argument<BooleanGraphType>("followUpNeeded")
            .ListArguments("interactionAt, createdAt (prefix - for descending); default -interactionAt")
            .ResolveAsync(async context => (await context.Service<InteractionQueries>().ListAsync(context.Staff(), new InteractionListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("referral"), context.GetArgument<Guid?>("treatmentPlan"),
                context.GetArgument<Guid?>("user"), context.GetArgument<string?>("interactionType"), context.GetArgument<bool?>("followUpNeeded"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());

        Field<CaseGraphType>("case").Description("The case page in one read (audited as a read of the pet).")
            .Argument<NonNullGraphType<IdGraphType>>("pet", "The pet's id.").Argument<StringGraphType>("interactionType", "Only timeline entries of this type.")
            .ResolveAsync(async context => (await context.Service<CaseQueries>().ReadAsync(context.Staff(), context.GetArgument<Guid>("pet"),
                new CaseRequest(context.GetArgument<string?>("interactionType")), context.PersonalRead(), context.CancellationToken)).ValueOrThrow());

        Field<MessageThreadGraphType>("messageThread").Description("One message thread with its messages and receipts; your fetch marks them delivered to you.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<ThreadQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"),
                context.CancellationToken)).FoundOrThrow(RecordTypes.MessageThread.Name));
        Field<PageGraphType<ThreadView, MessageThreadGraphType>>("messageThreads").Description("Message threads within reach, unread first, then by latest message.")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("referral")
            .Argument<BooleanGraphType>("mine", "Only threads you take part in (your inbox).").Argument<BooleanGraphType>("unread", "Only threads with messages you have not read.")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 20).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context => (await context.Service<ThreadQueries>().ListAsync(context.Staff(), new ThreadListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("referral"), context.GetArgument<bool?>("mine"), context.GetArgument<bool?>("unread"),
                context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow());

        Field<PageGraphType<UserView, UserGraphType>>("users").Description("User accounts (admin).")
            .Argument<StringGraphType>("role", "A role, or none for accounts without one.").Argument<StringGraphType>("q", "Username, full name or email contains.")
            .Argument<StringGraphType>("order", "createdAt or username (prefix - for descending); default createdAt")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context =>
            {
                context.Admin();
                return (await context.Service<UserQueries>().ListAsync(new UserListRequest(context.GetArgument<string?>("role"), context.GetArgument<string?>("q"),
                    context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow();
            });

        Field<PageGraphType<AuditEntryView, AuditEntryGraphType>>("audit").Description("The audit log (admin), newest first.")
            .Argument<IdGraphType>("actor").Argument<StringGraphType>("entityType").Argument<StringGraphType>("entityId").Argument<StringGraphType>("action")
            .Argument<DateTimeOffsetGraphType>("from", "At or after.").Argument<DateTimeOffsetGraphType>("to", "Before.")
            .Argument<StringGraphType>("order", "at or -at; default -at")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context =>
            {
                context.Admin();
                return (await context.Service<AuditQueries>().ListAsync(new AuditListRequest(context.GetArgument<Guid?>("actor"),
                    context.GetArgument<string?>("entityType"), context.GetArgument<string?>("entityId"), context.GetArgument<string?>("action"),
                    context.GetArgument<DateTimeOffset?>("from"), context.GetArgument<DateTimeOffset?>("to"), context.GetArgument<string?>("order"),
                    context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow();
            });
    }
}
