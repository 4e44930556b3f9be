using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Worker.Reminders;

public sealed record ScanResult(int Flagged, long Overdue, long DueSoon);
