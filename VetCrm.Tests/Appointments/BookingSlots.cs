namespace VetCrm.Tests.Appointments;

/// <summary>
/// Times for test bookings: every call answers an hour no other test of this run has, so tests sharing the stack's
/// rooms never clash by accident; a test that wants a clash reuses its own slot on purpose.
/// </summary>
public static class BookingSlots
{
    private static readonly DateTimeOffset First = new(2031, 1, 6, 0, 0, 0, TimeSpan.Zero);
    private static int next;

    public static DateTimeOffset Next() => First.AddHours(Interlocked.Increment(ref next));
}
