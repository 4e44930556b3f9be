using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

// The namespace predates this project (seeding lived in VetCrm.Data); benchmark start-up code still imports it by this name.
namespace VetCrm.Data.Seeding;

/// <summary>
/// Realistic referral-hospital data: <see cref="DemoAsync"/> for a dev start (through EF, so audit, status history and
/// plan versions are written as for real changes) and <see cref="BulkAsync"/> for benchmarks (binary COPY, no audit).
/// Deterministic for a given seed.
/// </summary>
public sealed partial class SeedData(VetCrmDbContext db, TimeProvider time)
{
    private static readonly (string Service, string Species)[] Services =
    [
        ("cardiology", "canine"), ("oncology", "canine"), ("neurology", "canine"), ("orthopedic surgery", "canine"),
        ("internal medicine", "feline"), ("emergency and critical care", "canine"), ("dermatology", "canine"), ("ophthalmology", "feline"),
    ];

    private static readonly string[] Species = ["canine", "canine", "canine", "canine", "canine", "canine", "feline", "feline", "feline", "rabbit", "ferret", "bird", "reptile"];
    private static readonly string[] DogBreeds = ["Labrador Retriever", "German Shepherd", "French Bulldog", "Golden Retriever", "Dachshund", "Cavalier King Charles Spaniel", "Boxer", "Border Collie", "Mixed breed"];
    private static readonly string[] CatBreeds = ["Domestic Shorthair", "Maine Coon", "Persian", "Siamese", "British Shorthair", "Ragdoll"];
    private static readonly string[] Reasons =
    [
        "Grade IV/VI systolic murmur, suspected MMVD; echocardiogram requested.", "Multicentric lymphoma confirmed on FNA; chemotherapy consult.",
        "Acute paraparesis, suspected IVDD T13-L1; MRI and surgical opinion.", "Cranial cruciate ligament rupture, right stifle; TPLO evaluation.",
        "Chronic vomiting and weight loss; ultrasound and endoscopy.", "Hit by car, thoracic trauma; stabilisation.", "Refractory atopic dermatitis.",
        "Sudden blindness, suspected SARDS or retinal detachment.", "Azotaemia on bloods, CKD staging requested.", "Seizures, cluster episodes; neurology work-up.",
    ];
    private static readonly string[] Plans = ["MMVD stage B2 management", "CHOP chemotherapy protocol", "Post-op IVDD rehabilitation", "TPLO recovery and rechecks", "CKD IRIS stage 2 management", "Atopic dermatitis control", "Seizure control"];
    private static readonly string[] Medications = ["Pimobendan 0.25 mg/kg PO q12h", "Prednisolone 1 mg/kg PO q24h, taper", "Gabapentin 10 mg/kg PO q8h", "Carprofen 2 mg/kg PO q12h", "Oclacitinib 0.5 mg/kg PO q12h", "Levetiracetam 20 mg/kg PO q8h"];
    private static readonly string[] Instructions = ["Strict cage rest for 4 weeks, short leash walks only.", "Count resting breaths nightly; call if above 40 per minute.", "Give medication with food; watch for vomiting or diarrhoea.", "E-collar until suture removal at 14 days.", "Recheck bloods in 4 weeks; bring a urine sample."];
    private static readonly string[] Clinics = ["Riverside Animal Clinic", "Oakwood Veterinary Practice", "Harbour Vets", "Hillcrest Pet Hospital", "Maple Lane Veterinary Surgery", "Northgate Animal Care"];
    /// <summary>Hours from a referral's previous move to each move, fewest and most: triage within a day or two, booking within ten days.</summary>
    private static readonly Dictionary<string, (double Fewest, double Most)> Hours = new()
    {
        [ReferralStatuses.Triaged] = (1, 36), [ReferralStatuses.Scheduled] = (12, 240), [ReferralStatuses.InTreatment] = (24, 336),
        [ReferralStatuses.Closed] = (48, 720), [ReferralStatuses.Declined] = (2, 72),
    };
    private static readonly string[] DeclineReasons =
        ["Outside our caseload: referred on to an exotics centre.", "Owner chose treatment at the referring practice.", "Owner declined travel.", "Euthanasia at home."];

    /// <summary>Staff for the demo: two specialists per service, coordinators and client care, all with <paramref name="password"/>.</summary>
    public async Task<List<AppUser>> CreateStaffAsync(string password, int specialistsPerService, int coordinators, int clientCare, string prefix, CancellationToken cancellationToken)
    {
        var faker = new Faker { Random = new Randomizer(7) };
        var now = time.GetUtcNow();
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, password);
        var staff = new List<AppUser>();
        AppUser Make(string role, string title)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var userName = $"{prefix}{first}.{last}.{staff.Count}".ToLowerInvariant().Replace("'", "");
            var user = new AppUser
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(),
                Email = $"{userName}@vetcrm.example", NormalizedEmail = $"{userName}@vetcrm.example".ToUpperInvariant(), EmailConfirmed = true,
                FullName = $"{title}{first} {last}", Role = role, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, CreatedAt = now, UpdatedAt = now,
            };
            staff.Add(user);
            return user;
        }
        foreach (var _ in Services) for (var i = 0; i < specialistsPerService; i++) Make(Roles.Specialist, "Dr. ");
        for (var i = 0; i < coordinators; i++) Make(Roles.Coordinator, "");
        for (var i = 0; i < clientCare; i++) Make(Roles.ClientCare, "");
        db.Users.AddRange(staff);
        await db.SaveChangesAsync(cancellationToken);
        return staff;
    }

    /// <summary>Pets with referrals in every status and priority, plans (some reviews overdue), interaction timelines, a week of appointments and equipment on loan.</summary>
    public async Task DemoAsync(IReadOnlyList<AppUser> staff, int petCount, CancellationToken cancellationToken)
    {
        var faker = new Faker { Random = new Randomizer(42) };
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var specialists = staff.Where(s => s.Role == Roles.Specialist).ToList();
        var coordinators = staff.Where(s => s.Role == Roles.Coordinator).ToList();
        var clientCare = staff.Where(s => s.Role == Roles.ClientCare).ToList();
        var year = now.Year;
        // Its own sequence, so the rest of the demo data stays what it was.
        var history = new Randomizer(43);
        for (var i = 0; i < petCount; i++)
        {
            var pet = NewPet(faker, specialists[i % specialists.Count].Id, coordinators[i % coordinators.Count].Id, now);
            var receivedAt = now.AddHours(-faker.Random.Int(1, 24 * 120));
            pet.CreatedAt = receivedAt;
            db.Pets.Add(pet);
            var status = ReferralStatuses.All[i % ReferralStatuses.All.Length];
            var referral = new Referral
            {
                PetId = pet.Id, ReferralNumber = await db.NextReferralNumberAsync(year, cancellationToken), ReferringClinic = faker.PickRandom(Clinics),
                ReferralReason = faker.PickRandom(Reasons), Status = status, Priority = ReferralPriorities.All[i / 6 % 3],
                ReceivedById = pet.CreatedById!.Value, ReceivedAt = receivedAt, CreatedAt = receivedAt, CreatedById = pet.CreatedById,
            };
            db.Referrals.Add(referral);
            AddReferralHistory(history, referral, now);
            if (status is ReferralStatuses.Scheduled or ReferralStatuses.InTreatment or ReferralStatuses.Closed)
            {
                var plan = new TreatmentPlan
                {
                    PetId = pet.Id, ReferralId = referral.Id, PlanTitle = faker.PickRandom(Plans), DiagnosisNotes = faker.Lorem.Paragraph(),
                    PlanStatus = status == ReferralStatuses.Closed ? PlanStatuses.Completed : i % 7 == 0 ? PlanStatuses.OnHold : PlanStatuses.Active,
                    // About a third of the reviews are overdue, for the reminder worker.
                    NextReviewDate = today.AddDays(faker.Random.Int(-20, 40)), MedicationNotes = faker.PickRandom(Medications),
                    ClientInstructions = faker.PickRandom(Instructions), CreatedByUserId = pet.AssignedSpecialistId, CreatedById = pet.AssignedSpecialistId,
                    CreatedAt = receivedAt + (now - receivedAt) * faker.Random.Double(0, 0.3),
                };
                db.TreatmentPlans.Add(plan);
                StatusHistory.Add(db, RecordTypes.TreatmentPlan, plan.Id, null, plan.PlanStatus, plan.CreatedByUserId, null, plan.CreatedAt);
            }
            for (var j = faker.Random.Int(2, 6); j > 0; j--)
            {
                var at = receivedAt + (now - receivedAt) * faker.Random.Double();
                db.InteractionLogs.Add(new InteractionLog
                {
                    PetId = pet.Id, ReferralId = referral.Id, UserId = faker.PickRandom(clientCare.Concat([specialists[i % specialists.Count]]).ToList()).Id,
                    InteractionType = faker.PickRandom(InteractionTypes.Call, InteractionTypes.Email, InteractionTypes.Note, InteractionTypes.Consult),
                    Summary = faker.Lorem.Sentence(12), FollowUpNeeded = faker.Random.Bool(0.2f), InteractionAt = at, CreatedAt = at,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await DemoAppointmentsAsync(faker, now, cancellationToken);
        await DemoEquipmentAsync(faker, now, clientCare, cancellationToken);
    }

    /// <summary>
    /// The referral's status history as staff would have made it: received, then each move on the way to its status some
    /// hours after the one before (see <see cref="Hours"/>), a decline with its reason; so analytics and the case page have a
    /// real history to show.
    /// </summary>
    private void AddReferralHistory(Randomizer random, Referral referral, DateTimeOffset now)
    {
        StatusHistory.Add(db, RecordTypes.Referral, referral.Id, null, ReferralStatuses.Received, referral.ReceivedById, null, referral.ReceivedAt);
        string[] path = referral.Status switch
        {
            ReferralStatuses.Declined => random.Bool() ? [ReferralStatuses.Declined] : [ReferralStatuses.Triaged, ReferralStatuses.Declined],
            var status => [.. ReferralStatuses.All.TakeWhile(s => s != ReferralStatuses.Declined).Skip(1).Take(Array.IndexOf(ReferralStatuses.All, status))],
        };
        var (from, at) = (ReferralStatuses.Received, referral.ReceivedAt);
        foreach (var to in path)
        {
            var (fewest, most) = Hours[to];
            // A referral received moments ago made its moves in what time there was.
            at = Min(at + TimeSpan.FromHours(random.Double(fewest, most)), at + (now - at) / 2);
            var reason = to == ReferralStatuses.Declined ? random.ArrayElement(DeclineReasons) : null;
            StatusHistory.Add(db, RecordTypes.Referral, referral.Id, from, to, referral.ReceivedById, reason, at);
            from = to;
        }
    }

    /// <summary>
    /// Benchmark data fast: 20 staff, then per pet 1 referral, 1 plan, 3 interaction logs and 1 task, and a booking per
    /// four pets, written with binary COPY (bypasses the audit interceptor on purpose). 100k pets take well under a minute.
    /// Planner statistics are the caller's: only the tables' owner may ANALYZE them, not the application's role this runs
    /// as (the bench analyzes as the superuser; otherwise autovacuum does, shortly after).
    /// </summary>
    public async Task BulkAsync(int petCount, string staffPassword, CancellationToken cancellationToken)
    {
        var staff = await CreateStaffAsync(staffPassword, specialistsPerService: 1, coordinators: 6, clientCare: 6, prefix: $"bulk{time.GetUtcNow().ToUnixTimeSeconds()}.", cancellationToken);
        var specialists = staff.Where(s => s.Role == Roles.Specialist).Select(s => s.Id).ToArray();
        var coordinators = staff.Where(s => s.Role == Roles.Coordinator).Select(s => s.Id).ToArray();
        var faker = new Faker { Random = new Randomizer(99) };
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var batch = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var pets = new List<Pet>(petCount);
        for (var i = 0; i < petCount; i++) pets.Add(NewPet(faker, specialists[i % specialists.Length], coordinators[i % coordinators.Length], now));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY pets (id, pet_name, species, breed, date_of_birth, medical_history_summary, owner_name, owner_phone, primary_vet_clinic, assigned_specialist_id, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var p in pets)
                {
                    var at = now.AddMinutes(-faker.Random.Int(0, 525_600));
                    await copy.WriteRowAsync(cancellationToken, p.Id, p.PetName, p.Species, p.Breed, p.DateOfBirth, p.MedicalHistorySummary, p.OwnerName, p.OwnerPhone,
                        p.PrimaryVetClinic, p.AssignedSpecialistId, at, at, p.CreatedById);
                }
                await copy.CompleteAsync(cancellationToken);
            }
            var referralIds = new Guid[petCount];
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY referrals (id, referral_number, pet_id, referring_clinic, referral_reason, status, received_by_id, received_at, priority, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                for (var i = 0; i < petCount; i++)
                {
                    referralIds[i] = Guid.CreateVersion7();
                    var at = now.AddMinutes(-faker.Random.Int(0, 525_600));
                    await copy.WriteRowAsync(cancellationToken, referralIds[i], $"REF-{now.Year}-B{batch}{i:D7}", pets[i].Id, faker.PickRandom(Clinics), faker.PickRandom(Reasons),
                        ReferralStatuses.All[i % ReferralStatuses.All.Length], pets[i].CreatedById, at, ReferralPriorities.All[i % 3], at, at, pets[i].CreatedById);
                }
                await copy.CompleteAsync(cancellationToken);
            }
            var planIds = new Guid[petCount];
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY treatment_plans (id, plan_title, pet_id, referral_id, diagnosis_notes, plan_status, next_review_date, medication_notes, client_instructions, created_by_user_id, revision, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                for (var i = 0; i < petCount; i++)
                {
                    planIds[i] = Guid.CreateVersion7();
                    var at = now.AddMinutes(-faker.Random.Int(0, 525_600));
                    await copy.WriteRowAsync(cancellationToken, planIds[i], faker.PickRandom(Plans), pets[i].Id, referralIds[i], faker.Lorem.Sentence(20),
                        PlanStatuses.All[i % PlanStatuses.All.Length], today.AddDays(faker.Random.Int(-30, 90)), faker.PickRandom(Medications),
                        faker.PickRandom(Instructions), pets[i].AssignedSpecialistId, 1, at, at, pets[i].AssignedSpecialistId);
                }
                await copy.CompleteAsync(cancellationToken);
            }
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY interaction_logs (id, pet_id, referral_id, treatment_plan_id, user_id, interaction_type, summary, follow_up_needed, interaction_at, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                for (var i = 0; i < petCount; i++)
                {
                    for (var j = 0; j < 3; j++)
                    {
                        var at = now.AddMinutes(-faker.Random.Int(0, 525_600));
                        var user = staff[(i + j) % staff.Count].Id;
                        await copy.WriteRowAsync(cancellationToken, Guid.CreateVersion7(), pets[i].Id, referralIds[i], planIds[i], user,
                            InteractionTypes.All[(i + j) % InteractionTypes.All.Length], faker.Lorem.Sentence(10), j == 0 && i % 5 == 0, at, at, at, user);
                    }
                }
                await copy.CompleteAsync(cancellationToken);
            }
            await BulkScheduleAsync(connection, pets, referralIds, specialists, now, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Pet NewPet(Faker faker, Guid specialist, Guid coordinator, DateTimeOffset now)
    {
        var species = faker.PickRandom(Species);
        return new Pet
        {
            PetName = faker.PickRandom("Biscuit", "Luna", "Max", "Bella", "Milo", "Daisy", "Charlie", "Poppy", "Rocky", "Nala", "Teddy", "Willow", "Oscar", "Mochi", "Pepper")
                + (faker.Random.Bool(0.3f) ? $" {faker.Name.LastName()}" : ""),
            Species = species,
            Breed = species switch { "canine" => faker.PickRandom(DogBreeds), "feline" => faker.PickRandom(CatBreeds), _ => null },
            DateOfBirth = DateOnly.FromDateTime(faker.Date.Past(14, now.UtcDateTime.AddMonths(-3))),
            MedicalHistorySummary = faker.Lorem.Sentences(2),
            OwnerName = faker.Name.FullName(),
            OwnerPhone = faker.Phone.PhoneNumber("+1 ### ### ####"),
            PrimaryVetClinic = faker.PickRandom(Clinics),
            AssignedSpecialistId = specialist,
            CreatedById = coordinator,
        };
    }
}
