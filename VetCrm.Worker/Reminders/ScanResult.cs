namespace VetCrm.Worker.Reminders;

public sealed record ScanResult(int Flagged, long Overdue, long DueSoon);
