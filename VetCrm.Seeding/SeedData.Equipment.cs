using Bogus;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Seeding;

public sealed partial class SeedData
{
    private static readonly (string Name, string Kind, string Notes)[] DemoStock =
    [
        ("Holter monitor 1", EquipmentKinds.HolterMonitor, "3-lead, 24–48 h; spare electrode pads in the case."),
        ("Holter monitor 2", EquipmentKinds.HolterMonitor, "3-lead, 24–48 h."),
        ("Holter monitor 3", EquipmentKinds.HolterMonitor, "7-day event recorder."),
        ("Holter monitor 4", EquipmentKinds.HolterMonitor, "3-lead, 24–48 h."),
        ("Mobility cart, small", EquipmentKinds.MobilityCart, "Rear support, up to 10 kg."),
        ("Mobility cart, medium", EquipmentKinds.MobilityCart, "Rear support, 10–25 kg."),
        ("Mobility cart, large", EquipmentKinds.MobilityCart, "Rear support, 25–45 kg."),
        ("E-collar 15 cm", EquipmentKinds.ECollar, "Soft fabric."),
        ("E-collar 25 cm", EquipmentKinds.ECollar, "Clear plastic."),
        ("E-collar 30 cm", EquipmentKinds.ECollar, "Clear plastic."),
        ("Oxygen concentrator", EquipmentKinds.OxygenConcentrator, "Home oxygen, 5 L/min."),
        ("Support sling", EquipmentKinds.SupportSling, "Hind-limb sling with handles."),
    ];

    /// <summary>
    /// A dozen items of lendable equipment; five out with pets in treatment (one of them past its due-back time, for the
    /// worker to flag), one back in maintenance, one returned earlier; the rest in stock.
    /// </summary>
    private async Task DemoEquipmentAsync(Faker faker, DateTimeOffset now, IList<AppUser> clientCare, CancellationToken cancellationToken)
    {
        var items = DemoStock.Select((stock, i) => new EquipmentItem
        {
            Name = stock.Name, Kind = stock.Kind, Notes = stock.Notes, SerialNumber = $"VC-{2024 + i % 3}-{1001 + i * 7:D5}", CreatedAt = now.AddDays(-400 + i),
        }).ToList();
        db.EquipmentItems.AddRange(items);
        var pets = await db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatuses.InTreatment)
            .OrderBy(r => r.ReceivedAt).Select(r => new { r.PetId, ReferralId = r.Id }).Take(7).ToListAsync(cancellationToken);
        // (item, days since lent, days until due back — negative is overdue, status)
        (int Item, int Out, int Due, string Status)[] loans =
        [
            (0, 1, 1, LoanStatuses.CheckedOut), (4, 10, 20, LoanStatuses.CheckedOut), (8, 5, 9, LoanStatuses.CheckedOut),
            (10, 6, 8, LoanStatuses.CheckedOut), (1, 4, -2, LoanStatuses.CheckedOut), (5, 30, -16, LoanStatuses.Maintenance), (2, 20, -17, LoanStatuses.Returned),
        ];
        foreach (var ((item, outDays, dueDays, status), pet) in loans.Zip(pets))
        {
            var lender = faker.PickRandom(clientCare);
            var loan = new EquipmentLoan
            {
                EquipmentItemId = items[item].Id, PetId = pet.PetId, ReferralId = pet.ReferralId, LoggedById = lender.Id, Status = status,
                CheckedOutAt = now.AddDays(-outDays), DueBackAt = now.AddDays(dueDays), CreatedAt = now.AddDays(-outDays), CreatedById = lender.Id,
                ReturnedAt = status == LoanStatuses.CheckedOut ? null : now.AddDays(dueDays - 1),
            };
            db.EquipmentLoans.Add(loan);
            StatusHistory.Add(db, RecordTypes.EquipmentLoan, loan.Id, null, LoanStatuses.CheckedOut, lender.Id, null, loan.CheckedOutAt);
            if (loan.ReturnedAt is { } back)
                StatusHistory.Add(db, RecordTypes.EquipmentLoan, loan.Id, LoanStatuses.CheckedOut, status, lender.Id,
                    status == LoanStatuses.Maintenance ? "Came back with a cracked wheel." : "Returned at the desk.", back);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
