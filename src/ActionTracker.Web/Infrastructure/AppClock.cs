namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// "Today" for the OPCC is the date in Europe/London, whatever the server's time zone: an action due yesterday in
/// London is overdue from midnight London time, in both GMT and BST.
/// </summary>
public sealed class AppClock(TimeProvider timeProvider)
{
    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, UkFormat.London));

    /// <summary>The UTC moment a London day begins (midnight always exists there: the clocks change at 01:00 UTC).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), UkFormat.London);
}
