using VetCrm.Api.TreatmentPlans;

namespace VetCrm.Api.Cases;

public sealed record CasePlanView(TreatmentPlanView Plan, IReadOnlyList<TreatmentPlanVersionView> Versions);
