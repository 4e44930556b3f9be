using GraphQL;
using GraphQL.Types;
using VetCrm.Api.Access;
using VetCrm.Api.Appointments;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.Equipment;
using VetCrm.Api.History;
using VetCrm.Api.Interactions;
using VetCrm.Api.Messaging;
using VetCrm.Api.Notifications;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Scores;
using VetCrm.Api.Tasks;
using VetCrm.Api.TreatmentPlans;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// The changes: each field reads its input as REST reads the JSON body (the same request record, absent ≠ null) and calls
/// the same command with the caller, so access, validation, versions, audit and live events are the REST ones.
/// </summary>
public sealed class VetCrmMutation : ObjectGraphType
{
    public VetCrmMutation()
    {
        Name = "Mutation";

        Create<PetGraphType, CreatePetInputGraphType, CreatePetRequest, PetView>("createPet", (c, a, body, t) => c.Service<PetCommands>().CreateAsync(a, body, t));
        Change<PetGraphType, UpdatePetInputGraphType, PatchPetRequest, PetView>("updatePet", (c, a, id, body, t) => c.Service<PetCommands>().PatchAsync(a, id, body, t));
        Archive<PetGraphType, PetView>("archivePet", (c, a, id, t) => c.Service<PetCommands>().ArchiveAsync(a, id, t));

        Create<ReferralGraphType, CreateReferralInputGraphType, CreateReferralRequest, ReferralView>("createReferral",
            (c, a, body, t) => c.Service<ReferralCommands>().CreateAsync(a, body, t));
        Change<ReferralGraphType, UpdateReferralInputGraphType, PatchReferralRequest, ReferralView>("updateReferral",
            (c, a, id, body, t) => c.Service<ReferralCommands>().PatchAsync(a, id, body, t));
        Change<ReferralGraphType, StatusChangeInputGraphType<Data.Entities.Referral>, StatusChangeRequest, ReferralView>("changeReferralStatus",
            (c, a, id, body, t) => c.Service<ReferralCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<ReferralGraphType, ReferralView>("archiveReferral", (c, a, id, t) => c.Service<ReferralCommands>().ArchiveAsync(a, id, t));

        Create<TreatmentPlanGraphType, CreateTreatmentPlanInputGraphType, CreateTreatmentPlanRequest, TreatmentPlanView>("createTreatmentPlan",
            (c, a, body, t) => c.Service<TreatmentPlanCommands>().CreateAsync(a, body, t));
        Change<TreatmentPlanGraphType, UpdateTreatmentPlanInputGraphType, PatchTreatmentPlanRequest, TreatmentPlanView>("updateTreatmentPlan",
            (c, a, id, body, t) => c.Service<TreatmentPlanCommands>().PatchAsync(a, id, body, t));
        Change<TreatmentPlanGraphType, StatusChangeInputGraphType<Data.Entities.TreatmentPlan>, StatusChangeRequest, TreatmentPlanView>("changeTreatmentPlanStatus",
            (c, a, id, body, t) => c.Service<TreatmentPlanCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<TreatmentPlanGraphType, TreatmentPlanView>("archiveTreatmentPlan", (c, a, id, t) => c.Service<TreatmentPlanCommands>().ArchiveAsync(a, id, t));

        Create<InteractionGraphType, CreateInteractionInputGraphType, CreateInteractionRequest, InteractionView>("createInteraction",
            (c, a, body, t) => c.Service<InteractionCommands>().CreateAsync(a, body, t));
        Change<InteractionGraphType, UpdateInteractionInputGraphType, PatchInteractionRequest, InteractionView>("updateInteraction",
            (c, a, id, body, t) => c.Service<InteractionCommands>().PatchAsync(a, id, body, t));
        Archive<InteractionGraphType, InteractionView>("archiveInteraction", (c, a, id, t) => c.Service<InteractionCommands>().ArchiveAsync(a, id, t));

        Create<AppointmentGraphType, CreateAppointmentInputGraphType, CreateAppointmentRequest, AppointmentView>("createAppointment",
            (c, a, body, t) => c.Service<AppointmentCommands>().CreateAsync(a, body, t));
        Change<AppointmentGraphType, UpdateAppointmentInputGraphType, PatchAppointmentRequest, AppointmentView>("updateAppointment",
            (c, a, id, body, t) => c.Service<AppointmentCommands>().PatchAsync(a, id, body, t));
        Change<AppointmentGraphType, StatusChangeInputGraphType<Data.Entities.Appointment>, StatusChangeRequest, AppointmentView>("changeAppointmentStatus",
            (c, a, id, body, t) => c.Service<AppointmentCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<AppointmentGraphType, AppointmentView>("archiveAppointment", (c, a, id, t) => c.Service<AppointmentCommands>().ArchiveAsync(a, id, t));

        Create<TaskGraphType, CreateTaskInputGraphType, CreateTaskRequest, TaskView>("createTask", (c, a, body, t) => c.Service<TaskCommands>().CreateAsync(a, body, t));
        Change<TaskGraphType, UpdateTaskInputGraphType, PatchTaskRequest, TaskView>("updateTask", (c, a, id, body, t) => c.Service<TaskCommands>().PatchAsync(a, id, body, t));
        Change<TaskGraphType, TaskStatusInputGraphType, TaskStatusRequest, TaskView>("changeTaskStatus",
            (c, a, id, body, t) => c.Service<TaskCommands>().ChangeStatusAsync(a, id, body, t));
        Change<TaskGraphType, CompleteTaskInputGraphType, CompleteTaskRequest, TaskView>("completeTask",
            (c, a, id, body, t) => c.Service<TaskCommands>().CompleteAsync(a, id, body, t));
        Change<TaskGraphType, SnoozeTaskInputGraphType, SnoozeTaskRequest, TaskView>("snoozeTask", (c, a, id, body, t) => c.Service<TaskCommands>().SnoozeAsync(a, id, body, t));
        Change<TaskGraphType, ReassignTaskInputGraphType, ReassignTaskRequest, TaskView>("reassignTask",
            (c, a, id, body, t) => c.Service<TaskCommands>().ReassignAsync(a, id, body, t));
        Archive<TaskGraphType, TaskView>("archiveTask", (c, a, id, t) => c.Service<TaskCommands>().ArchiveAsync(a, id, t));

        ById<NotificationGraphType, NotificationView>("markNotificationRead", "Mark one of your notifications read (the first time is kept).",
            (c, a, id, t) => c.Service<NotificationCommands>().MarkReadAsync(a, id, t));
        Field<NonNullGraphType<IntGraphType>>("markAllNotificationsRead").Description("Mark all your notifications read; answers the unread count (0).")
            .ResolveAsync(async context => (await context.Service<NotificationCommands>().MarkAllReadAsync(context.Staff(), context.CancellationToken)).Unread);
        Create<ScoreGraphType, RecordScoreInputGraphType, CreateScoreRequest, ScoreView>("recordScore", (c, a, body, t) => c.Service<ScoreCommands>().RecordAsync(a, body, t));
        Change<ScoreGraphType, UpdateScoreInputGraphType, PatchScoreRequest, ScoreView>("updateScore", (c, a, id, body, t) => c.Service<ScoreCommands>().PatchAsync(a, id, body, t));
        Archive<ScoreGraphType, ScoreView>("archiveScore", (c, a, id, t) => c.Service<ScoreCommands>().ArchiveAsync(a, id, t));
        Create<EquipmentItemGraphType, CreateEquipmentItemInputGraphType, CreateEquipmentItemRequest, EquipmentItemView>("createEquipmentItem",
            (c, a, body, t) => c.Service<EquipmentItemCommands>().CreateAsync(a, body, t));
        Change<EquipmentItemGraphType, UpdateEquipmentItemInputGraphType, PatchEquipmentItemRequest, EquipmentItemView>("updateEquipmentItem",
            (c, a, id, body, t) => c.Service<EquipmentItemCommands>().PatchAsync(a, id, body, t));
        Archive<EquipmentItemGraphType, EquipmentItemView>("archiveEquipmentItem", (c, a, id, t) => c.Service<EquipmentItemCommands>().ArchiveAsync(a, id, t));

        Create<EquipmentLoanGraphType, LendEquipmentInputGraphType, LendEquipmentRequest, EquipmentLoanView>("lendEquipment",
            (c, a, body, t) => c.Service<EquipmentLoanCommands>().LendAsync(a, body, t));
        Change<EquipmentLoanGraphType, UpdateEquipmentLoanInputGraphType, PatchEquipmentLoanRequest, EquipmentLoanView>("updateEquipmentLoan",
            (c, a, id, body, t) => c.Service<EquipmentLoanCommands>().PatchAsync(a, id, body, t));
        Change<EquipmentLoanGraphType, StatusChangeInputGraphType<Data.Entities.EquipmentLoan>, LoanStatusRequest, EquipmentLoanView>("returnEquipment",
            (c, a, id, body, t) => c.Service<EquipmentLoanCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<EquipmentLoanGraphType, EquipmentLoanView>("archiveEquipmentLoan", (c, a, id, t) => c.Service<EquipmentLoanCommands>().ArchiveAsync(a, id, t));
        Field<MessageThreadGraphType>("startMessageThread").Description("Start a thread on a pet's case with its first message; every participant must see the case.")
            .Argument<NonNullGraphType<IdGraphType>>("pet").Argument<IdGraphType>("referral").Argument<NonNullGraphType<StringGraphType>>("subject")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("participants", "The staff to talk with; you take part yourself.")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .ResolveAsync(async context => (await context.Service<ThreadCommands>().CreateAsync(context.Staff(), new CreateThreadRequest(
                new RecordRef(context.GetArgument<Guid>("pet")), context.GetArgument<Guid?>("referral") is { } referral ? new RecordRef(referral) : null,
                context.GetArgument<string>("subject"), [.. context.GetArgument<List<Guid>>("participants").Select(id => new ParticipantRef(id))],
                context.GetArgument<string>("body")), context.CancellationToken)).ValueOrThrow());
        Field<MessageGraphType>("sendMessage").Description("Send a text message as a participant. Files go over REST only: POST /api/message-threads/{id}/messages (multipart/form-data).")
            .Argument<NonNullGraphType<IdGraphType>>("thread").Argument<NonNullGraphType<StringGraphType>>("body")
            .ResolveAsync(async context => (await context.Service<ThreadCommands>().SendAsync(context.Staff(), context.GetArgument<Guid>("thread"),
                new SendMessageRequest(context.GetArgument<string>("body"), []), context.CancellationToken)).ValueOrThrow());
        Field<MessageThreadGraphType>("markMessageThreadRead").Description("You opened the thread: its messages are read by you (the senders see it live).")
            .Argument<NonNullGraphType<IdGraphType>>("thread")
            .ResolveAsync(async context => (await context.Service<ThreadCommands>().MarkReadAsync(context.Staff(), context.GetArgument<Guid>("thread"),
                context.CancellationToken)).ValueOrThrow());
    }

    private void Create<TGraph, TInput, TRequest, TView>(string name, Func<IResolveFieldContext, Actor, TRequest, CancellationToken, Task<Outcome<TView>>> command)
        where TGraph : IGraphType where TInput : RequestInputGraphType where TRequest : class where TView : class =>
        Field<TGraph>(name).Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async context => (await command(context, context.Staff(), Input<TRequest>(context), context.CancellationToken)).ValueOrThrow());

    private void Change<TGraph, TInput, TRequest, TView>(string name, Func<IResolveFieldContext, Actor, Guid, TRequest, CancellationToken, Task<Outcome<TView>>> command)
        where TGraph : IGraphType where TInput : RequestInputGraphType where TRequest : class where TView : class =>
        Field<TGraph>(name).Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async context => (await command(context, context.Staff(), context.GetArgument<Guid>("id"), Input<TRequest>(context),
                context.CancellationToken)).ValueOrThrow());

    private void Archive<TGraph, TView>(string name, Func<IResolveFieldContext, Actor, Guid, CancellationToken, Task<Outcome<TView>>> command)
        where TGraph : IGraphType where TView : class =>
        ById<TGraph, TView>(name, "Admin only; archived records drop out of lists but stay readable by id.", command);

    private void ById<TGraph, TView>(string name, string description, Func<IResolveFieldContext, Actor, Guid, CancellationToken, Task<Outcome<TView>>> command)
        where TGraph : IGraphType where TView : class =>
        Field<TGraph>(name).Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => (await command(context, context.Staff(), context.GetArgument<Guid>("id"), context.CancellationToken)).ValueOrThrow());

    /// <summary>The input argument as the command's request record, bound exactly as a REST body (every bad member named).</summary>
    private static TRequest Input<TRequest>(IResolveFieldContext context) where TRequest : class
    {
        var inputType = (RequestInputGraphType)context.FieldDefinition.Arguments!.Find("input")!.ResolvedType!.GetNamedType();
        var (request, errors) = RequestBody.Bind<TRequest>(inputType.ToJson(context.GetArgument<IDictionary<string, object?>>("input")));
        return request ?? throw new GraphQlRefusal(Refusal.Invalid(errors));
    }
}
