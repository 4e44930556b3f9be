using System.Text.Json;
using System.Text.Json.Serialization;
using VetCrm.Api.Appointments;
using VetCrm.Api.Audit;
using VetCrm.Api.Auth;
using VetCrm.Api.Cases;
using VetCrm.Api.Equipment;
using VetCrm.Api.History;
using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.Scores;
using VetCrm.Api.Search;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Api.Users;

namespace VetCrm.Api.Common;

/// <summary>Source-generated JSON for the API's own types: no reflection on the hot list paths.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Page<PetView>))]
[JsonSerializable(typeof(Page<ReferralView>))]
[JsonSerializable(typeof(Page<TreatmentPlanView>))]
[JsonSerializable(typeof(Page<InteractionView>))]
[JsonSerializable(typeof(Page<AppointmentView>))]
[JsonSerializable(typeof(Page<ScoreView>))]
[JsonSerializable(typeof(Page<ScoreTypeView>))]
[JsonSerializable(typeof(RoomView[]))]
[JsonSerializable(typeof(Page<EquipmentItemView>))]
[JsonSerializable(typeof(Page<EquipmentLoanView>))]
[JsonSerializable(typeof(Page<UserView>))]
[JsonSerializable(typeof(SpecialistView[]))]
[JsonSerializable(typeof(Page<AuditEntryView>))]
[JsonSerializable(typeof(Page<StatusChangeView>))]
[JsonSerializable(typeof(Page<TreatmentPlanVersionView>))]
[JsonSerializable(typeof(TreatmentPlanVersionDiff))]
[JsonSerializable(typeof(CaseView))]
[JsonSerializable(typeof(QueueCountsView))]
[JsonSerializable(typeof(Page<SearchHitView>))]
[JsonSerializable(typeof(SearchSpecialistView))]
[JsonSerializable(typeof(VersionSaverView))]
[JsonSerializable(typeof(MeView))]
[JsonSerializable(typeof(SignupRequest))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(RefreshRequest))]
[JsonSerializable(typeof(RoleChangeRequest))]
[JsonSerializable(typeof(StatusChangeRequest))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
