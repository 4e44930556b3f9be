// The seed flow as an integrator writes it: a client generated from the running API's OpenAPI document
// (openapi-typescript + openapi-fetch), strict TypeScript and not one cast. Prints what it saw as one JSON line.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The answer's body, or the ProblemDetails and status as an error. */
function expectData<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

const baseUrl = setting("API_URL");
const run = setting("RUN_ID");
const anonymous = createClient<paths>({ baseUrl });

const login = expectData("login", await anonymous.POST("/api/auth/login", {
  body: { username: "admin", password: setting("ADMIN_PASSWORD") },
}));
const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${login.accessToken}` } });

// A specialist to assign the case to: signs up, then the admin grants the role.
const specialist = expectData("signup", await anonymous.POST("/api/auth/signup", {
  body: { username: `dr-${run}`, email: `dr-${run}@contract.example`, password: "Cardio-2026-contract", fullName: "Dr. Contract Test" },
}));
const granted = expectData("role", await api.PUT("/api/users/{id}/role", {
  params: { path: { id: specialist.id } },
  body: { role: "specialist" },
}));

const pet = expectData("create pet", await api.POST("/api/pets", {
  body: {
    petName: `Biscuit ${run}`,
    species: "canine",
    breed: "Labrador Retriever",
    // A date-time with an offset: the date part in UTC is stored (2019-04-02).
    dateOfBirth: "2019-04-01T22:30:00-03:00",
    medicalHistorySummary: "Grade IV/VI left apical murmur, coughing at night.",
    ownerName: "Maria Santos",
    ownerPhone: "+1 555 0134",
    primaryVetClinic: "Riverside Animal Clinic",
    assignedSpecialist: { id: specialist.id },
  },
}));

const referral = expectData("create referral", await api.POST("/api/referrals", {
  body: {
    pet: { id: pet.id },
    referringClinic: "Riverside Animal Clinic",
    referralReason: "Suspected MMVD stage B2; echo requested.",
    priority: "emergency",
  },
}));

// The triage queue includes pet and receivedBy: read them as records, page by page until this referral shows up.
let cursor: string | undefined;
let queued: { petName: string | undefined; receivedBy: string | undefined; pages: number } | undefined;
for (let pages = 1; queued === undefined; pages++) {
  const page = expectData("queue", await api.GET("/api/referrals/queue", { params: { query: { limit: 50, cursor } } }));
  const item = page.items.find((candidate) => candidate.id === referral.id);
  if (item) queued = { petName: item.pet.petName, receivedBy: item.receivedBy.username, pages };
  else if (page.nextCursor) cursor = page.nextCursor;
  else throw new Error("the referral is not in the queue");
}

const triaged = expectData("status move", await api.POST("/api/referrals/{id}/status", {
  params: { path: { id: referral.id } },
  body: { status: "triaged", reason: "History and radiographs received.", version: referral.version },
}));

// A status move takes the referral's own statuses: the generated type is exactly them, not a string (this stops compiling otherwise).
type ReferralStatus = components["schemas"]["ReferralStatusChangeRequest"]["status"];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusIsTheReferralEnum: Same<ReferralStatus, "received" | "triaged" | "scheduled" | "inTreatment" | "closed" | "declined"> = true;
const next: ReferralStatus | undefined = triaged.nextStatuses?.find((status) => status === "scheduled");
if (next === undefined) throw new Error(`scheduled is not a next status: ${JSON.stringify(triaged.nextStatuses)}`);
const scheduled = expectData("typed status move", await api.POST("/api/referrals/{id}/status", {
  params: { path: { id: referral.id } },
  body: { status: next, reason: "Cardiology consult booked.", version: triaged.version },
}));

const plan = expectData("create plan", await api.POST("/api/treatment-plans", {
  body: {
    planTitle: "MMVD B2 management",
    pet: { id: pet.id },
    referral: { id: referral.id },
    diagnosisNotes: "Echo: LA:Ao 1.9, LVIDDn 1.8.",
    planStatus: "active",
    nextReviewDate: "2026-06-01",
    clientInstructions: "Count resting breaths nightly; call if above 40 per minute.",
  },
}));

const revised = expectData("revise plan", await api.PATCH("/api/treatment-plans/{id}", {
  params: { path: { id: plan.id } },
  body: { version: plan.version, medicationNotes: "Pimobendan 0.25 mg/kg PO q12h", nextReviewDate: "2026-07-15T23:30:00Z" },
}));

const versions = expectData("versions", await api.GET("/api/treatment-plans/{id}/versions", { params: { path: { id: plan.id } } }));

const interaction = expectData("create interaction", await api.POST("/api/interactions", {
  body: {
    pet: { id: pet.id },
    referral: { id: referral.id },
    treatmentPlan: { id: plan.id },
    interactionType: "call",
    summary: "Owner reports better sleep, resting breath rate 24.",
    followUpNeeded: true,
  },
}));

const timeline = expectData("timeline", await api.GET("/api/interactions", {
  params: { query: { pet: pet.id, include: "treatmentPlan,user", order: "-interactionAt", limit: 10 } },
}));
const logged = timeline.items.find((item) => item.id === interaction.id);

console.log(JSON.stringify({
  specialistRole: granted.role,
  petDateOfBirth: pet.dateOfBirth,
  referralNumber: referral.referralNumber,
  referralStatus: referral.status,
  queued,
  triagedStatus: triaged.status,
  nextStatuses: triaged.nextStatuses,
  statusIsTheReferralEnum,
  scheduledStatus: scheduled.status,
  planRevision: revised.revision,
  planNextReviewDate: revised.nextReviewDate,
  versions: versions.items.map((version) => ({
    number: version.versionNumber,
    changed: version.changedFields,
    medicationNotes: version.snapshot.medicationNotes,
    planStatus: version.snapshot.planStatus,
  })),
  interactionType: interaction.interactionType,
  timelineTypes: timeline.items.map((item) => item.interactionType),
  timelinePlanTitle: logged?.treatmentPlan?.planTitle,
  timelineUser: logged?.user.username,
}));
