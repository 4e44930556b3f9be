using GraphQL.Types;
using VetCrm.Api.Common;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// A reference field comes in two: <c>petId</c>, the id as REST's <c>{"id"}</c> gives it, and <c>pet</c>, the record,
/// loaded in batch with the caller's access (null when out of reach, as a REST include leaves the bare reference), or
/// as the list's REST include brought it.
/// </summary>
public static class ReferenceFields
{
    public static void Reference<TSource, TGraph, TView>(this ObjectGraphType<TSource> type, string name, Func<TSource, RecordRef?> reference,
        Func<GraphQL.IResolveFieldContext, RecordBatches, BatchLoader<TView>> loader, bool required = true) where TGraph : IGraphType where TView : class
    {
        if (required) type.Field<NonNullGraphType<IdGraphType>>($"{name}Id").Description($"The id of the {name}.").ResolveFromSource(source => reference(source)!.Id);
        else type.Field<IdGraphType>($"{name}Id").Description($"The id of the {name}, if any.").ResolveFromSource(source => reference(source)?.Id);
        type.Field<TGraph>(name).Description($"The {name}; null when out of your reach.").ResolveBatched(source => reference(source)?.Id, loader, source => reference(source) as TView);
    }

    public static void UserReference<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, RecordRef?> reference, bool required = true) =>
        type.Reference<TSource, UserGraphType, UserView>(name, reference, (_, batches) => batches.Users, required);

    public static void PetReference<TSource>(this ObjectGraphType<TSource> type, Func<TSource, RecordRef?> reference) =>
        type.Reference<TSource, PetGraphType, PetView>("pet", reference, (context, batches) => batches.Pets(context.Staff()));

    public static void ReferralReference<TSource>(this ObjectGraphType<TSource> type, Func<TSource, RecordRef?> reference, bool required = true) =>
        type.Reference<TSource, ReferralGraphType, ReferralView>("referral", reference, (context, batches) => batches.Referrals(context.Staff()), required);

    public static void TreatmentPlanReference<TSource>(this ObjectGraphType<TSource> type, Func<TSource, RecordRef?> reference) =>
        type.Reference<TSource, TreatmentPlanGraphType, TreatmentPlanView>("treatmentPlan", reference, (context, batches) => batches.TreatmentPlans(context.Staff()), required: false);

    public static void StatusHistory<TSource>(this ObjectGraphType<TSource> type, RecordType recordType, Func<TSource, Guid> id) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeGraphType>>>>("statusHistory")
            .Description("Status changes, oldest first, with who, when and why.")
            .ResolveBatched(source => id(source), (_, batches) => batches.StatusHistory(recordType));

    public static void AllowedActions<TSource>(this ObjectGraphType<TSource> type, Func<TSource, IReadOnlyList<string>?> actions, string what = "What you may do with the record") =>
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedActions").Description($"{what}; null on a record reached through a reference.")
            .ResolveFromSource(source => actions(source));

    public static void NextStatuses<TSource>(this ObjectGraphType<TSource> type, Func<TSource, IReadOnlyList<string>?> statuses, string record) =>
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nextStatuses").Description($"The statuses you may move the {record} to.")
            .ResolveFromSource(source => statuses(source));
}
