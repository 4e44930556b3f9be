using GraphQL;
using GraphQL.Types;
using VetCrm.Api.Analytics;
using VetCrm.Api.Appointments;
using VetCrm.Api.Audit;
using VetCrm.Api.Auth;
using VetCrm.Api.Cases;
using VetCrm.Api.Common;
using VetCrm.Api.Equipment;
using VetCrm.Api.Interactions;
using VetCrm.Api.Messaging;
using VetCrm.Api.Notifications;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Scores;
using VetCrm.Api.Tasks;
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
                context.GetArgument<string?>("cursor"), context.SelectedIncludes(PetView.Includable)), context.CancellationToken)).PageOrThrow());

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
                context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor"),
                context.SelectedIncludes(ReferralView.Includable)), context.CancellationToken)).PageOrThrow());
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

        Field<AppointmentGraphType>("appointment").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<AppointmentQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.Appointment.Name));
        Field<PageGraphType<AppointmentView, AppointmentGraphType>>("appointments").Description("Bookings, e.g. a day of one room: room, from and to.")
            .Argument<IdGraphType>("specialist").Argument<IdGraphType>("room").Argument<IdGraphType>("pet").Argument<IdGraphType>("referral")
            .Argument<StringGraphType>("status").Argument<DateTimeOffsetGraphType>("from", "Appointments that end after this instant.")
            .Argument<DateTimeOffsetGraphType>("to", "Appointments that start before this instant.")
            .ListArguments("startAt, createdAt, updatedAt (prefix - for descending); default startAt")
            .ResolveAsync(async context => (await context.Service<AppointmentQueries>().ListAsync(context.Staff(), new AppointmentListRequest(
                context.GetArgument<Guid?>("specialist"), context.GetArgument<Guid?>("room"), context.GetArgument<Guid?>("pet"),
                context.GetArgument<Guid?>("referral"), context.GetArgument<string?>("status"), context.GetArgument<DateTimeOffset?>("from"),
                context.GetArgument<DateTimeOffset?>("to"), context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"),
                context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoomGraphType>>>>("rooms").Description("The hospital's bookable rooms and machines.")
            .ResolveAsync(async context =>
            {
                context.Staff();
                return await context.Service<AppointmentQueries>().RoomsAsync(context.CancellationToken);
            });

        Field<TaskGraphType>("task").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<TaskQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.CareTask.Name));
        Field<PageGraphType<TaskView, TaskGraphType>>("tasks").Description("Tasks, soonest due first; mine: true and status: open give my open tasks.")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("referral").Argument<IdGraphType>("sourceInteraction").Argument<IdGraphType>("assignee")
            .Argument<BooleanGraphType>("mine", "Only your own tasks.").Argument<StringGraphType>("status")
            .Argument<StringGraphType>("due", "overdue: not done and past due (or past the end of a snooze).")
            .Argument<DateTimeOffsetGraphType>("dueBefore").Argument<DateTimeOffsetGraphType>("dueAfter")
            .ListArguments("dueAt, createdAt, updatedAt (prefix - for descending); default dueAt")
            .ResolveAsync(async context => (await context.Service<TaskQueries>().ListAsync(context.Staff(), new TaskListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("referral"), context.GetArgument<Guid?>("sourceInteraction"),
                context.GetArgument<Guid?>("assignee"), context.GetArgument<bool?>("mine"), context.GetArgument<string?>("status"),
                context.GetArgument<string?>("due"), context.GetArgument<DateTimeOffset?>("dueBefore"), context.GetArgument<DateTimeOffset?>("dueAfter"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());

        Field<PageGraphType<NotificationView, NotificationGraphType>>("notifications").Description("Your notifications, newest first.")
            .Argument<BooleanGraphType>("unread", "true: only unread ones; false: only read ones.")
            .Argument<StringGraphType>("order", "createdAt or -createdAt; default -createdAt")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context => (await context.Service<NotificationQueries>().ListAsync(context.Staff(), new NotificationListRequest(
                context.GetArgument<bool?>("unread"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow());
        Field<NonNullGraphType<IntGraphType>>("unreadNotificationCount").Description("How many of your notifications are unread.")
            .ResolveAsync(async context => (await context.Service<NotificationQueries>().CountAsync(context.Staff(), context.CancellationToken)).Unread);

        Field<ScoreTypeGraphType>("scoreType").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<ScoreTypeQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"),
                context.CancellationToken)).FoundOrThrow("score type"));
        Field<PageGraphType<ScoreTypeView, ScoreTypeGraphType>>("scoreTypes").Description("The clinical scales, by name.")
            .Argument<BooleanGraphType>("active", "true: only types that take new scores.").Argument<StringGraphType>("kind").Argument<StringGraphType>("code")
            .Argument<StringGraphType>("order", "name, code, createdAt (prefix - for descending); default name")
            .Argument<IntGraphType>("limit", "Page size, 1 to 200 (default 50).").Argument<StringGraphType>("cursor", "nextCursor of the previous page.")
            .ResolveAsync(async context => (await context.Service<ScoreTypeQueries>().ListAsync(context.Staff(), new ScoreTypeListRequest(
                context.GetArgument<bool?>("active"), context.GetArgument<string?>("kind"), context.GetArgument<string?>("code"),
                context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"), context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow());

        Field<ScoreGraphType>("score").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<ScoreQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.ClinicalScore.Name));
        Field<PageGraphType<ScoreView, ScoreGraphType>>("scores").Description("Scores, oldest first: one pet's trend with pet and scoreType.")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("scoreType").Argument<IdGraphType>("referral").Argument<IdGraphType>("recordedBy")
            .Argument<DateTimeOffsetGraphType>("from", "scoreDate at or after.").Argument<DateTimeOffsetGraphType>("to", "scoreDate before.")
            .ListArguments("scoreDate, createdAt (prefix - for descending); default scoreDate")
            .ResolveAsync(async context => (await context.Service<ScoreQueries>().ListAsync(context.Staff(), new ScoreListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("scoreType"), context.GetArgument<Guid?>("referral"),
                context.GetArgument<Guid?>("recordedBy"), context.GetArgument<DateTimeOffset?>("from"), context.GetArgument<DateTimeOffset?>("to"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor"), null), context.CancellationToken)).PageOrThrow());

        Field<EquipmentItemGraphType>("equipmentItem").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<EquipmentItemQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"),
                context.CancellationToken)).FoundOrThrow(RecordTypes.EquipmentItem.Name));
        Field<PageGraphType<EquipmentItemView, EquipmentItemGraphType>>("equipmentItems").Description("Lendable equipment by name.")
            .Argument<StringGraphType>("q", "Name or serial number contains (case-insensitive).").Argument<StringGraphType>("kind")
            .Argument<StringGraphType>("availability", "available, checkedOut, maintenance or inactive.")
            .ListArguments("name, createdAt, updatedAt (prefix - for descending); default name")
            .ResolveAsync(async context => (await context.Service<EquipmentItemQueries>().ListAsync(context.Staff(), new EquipmentItemListRequest(
                context.GetArgument<string?>("q"), context.GetArgument<string?>("kind"), context.GetArgument<string?>("availability"),
                context.GetArgument<bool?>("archived"), context.GetArgument<string?>("order"), context.GetArgument<int?>("limit"),
                context.GetArgument<string?>("cursor")), context.CancellationToken)).PageOrThrow());

        Field<EquipmentLoanGraphType>("equipmentLoan").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await context.Service<EquipmentLoanQueries>().GetAsync(context.Staff(), context.GetArgument<Guid>("id"), Includes.None,
                context.PersonalRead(), context.CancellationToken)).FoundOrThrow(RecordTypes.EquipmentLoan.Name));
        Field<PageGraphType<EquipmentLoanView, EquipmentLoanGraphType>>("equipmentLoans").Description("Equipment loans; status: checkedOut with order: dueBackAt is what is out.")
            .Argument<IdGraphType>("pet").Argument<IdGraphType>("referral").Argument<IdGraphType>("equipmentItem").Argument<IdGraphType>("loggedBy")
            .Argument<StringGraphType>("status").Argument<BooleanGraphType>("overdue", "true: only loans still out past dueBackAt.")
            .ListArguments("checkedOutAt, dueBackAt, createdAt, updatedAt (prefix - for descending); default -checkedOutAt")
            .ResolveAsync(async context => (await context.Service<EquipmentLoanQueries>().ListAsync(context.Staff(), new EquipmentLoanListRequest(
                context.GetArgument<Guid?>("pet"), context.GetArgument<Guid?>("referral"), context.GetArgument<Guid?>("equipmentItem"),
                context.GetArgument<Guid?>("loggedBy"), context.GetArgument<string?>("status"), context.GetArgument<bool?>("overdue"),
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

        Field<NonNullGraphType<ReferralAnalyticsGraphType>>("referralAnalytics")
            .Description("Referral analytics (admin): per referring clinic and month, received, declined, booked, conversion, median turnaround, and decline reasons.")
            .Argument<DateOnlyGraphType>("from", "First day counted; default: the first day of the month eleven months ago.")
            .Argument<DateOnlyGraphType>("to", "First day not counted; default: the first day of next month.")
            .ResolveAsync(async context =>
            {
                context.Admin();
                var (view, errors) = await context.Service<ReferralAnalyticsQueries>().ReadAsync(
                    new ReferralAnalyticsRequest(context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to")), context.CancellationToken);
                return view ?? throw new GraphQlRefusal(Commands.Refusal.Invalid(errors));
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
