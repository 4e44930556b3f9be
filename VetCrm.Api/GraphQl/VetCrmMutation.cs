using GraphQL;
using GraphQL.Types;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.Interactions;
using VetCrm.Api.Messaging;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
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
        Change<ReferralGraphType, StatusChangeInputGraphType, StatusChangeRequest, ReferralView>("changeReferralStatus",
            (c, a, id, body, t) => c.Service<ReferralCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<ReferralGraphType, ReferralView>("archiveReferral", (c, a, id, t) => c.Service<ReferralCommands>().ArchiveAsync(a, id, t));

        Create<TreatmentPlanGraphType, CreateTreatmentPlanInputGraphType, CreateTreatmentPlanRequest, TreatmentPlanView>("createTreatmentPlan",
            (c, a, body, t) => c.Service<TreatmentPlanCommands>().CreateAsync(a, body, t));
        Change<TreatmentPlanGraphType, UpdateTreatmentPlanInputGraphType, PatchTreatmentPlanRequest, TreatmentPlanView>("updateTreatmentPlan",
            (c, a, id, body, t) => c.Service<TreatmentPlanCommands>().PatchAsync(a, id, body, t));
        Change<TreatmentPlanGraphType, StatusChangeInputGraphType, StatusChangeRequest, TreatmentPlanView>("changeTreatmentPlanStatus",
            (c, a, id, body, t) => c.Service<TreatmentPlanCommands>().ChangeStatusAsync(a, id, body, t));
        Archive<TreatmentPlanGraphType, TreatmentPlanView>("archiveTreatmentPlan", (c, a, id, t) => c.Service<TreatmentPlanCommands>().ArchiveAsync(a, id, t));

        Create<InteractionGraphType, CreateInteractionInputGraphType, CreateInteractionRequest, InteractionView>("createInteraction",
            (c, a, body, t) => c.Service<InteractionCommands>().CreateAsync(a, body, t));
        Change<InteractionGraphType, UpdateInteractionInputGraphType, PatchInteractionRequest, InteractionView>("updateInteraction",
            (c, a, id, body, t) => c.Service<InteractionCommands>().PatchAsync(a, id, body, t));
        Archive<InteractionGraphType, InteractionView>("archiveInteraction", (c, a, id, t) => c.Service<InteractionCommands>().ArchiveAsync(a, id, t));

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
        Field<TGraph>(name).Description("Admin only; archived records drop out of lists but stay readable by id.")
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
