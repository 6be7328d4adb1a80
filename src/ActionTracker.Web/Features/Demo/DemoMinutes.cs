using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>The demo's minutes lifecycle: who agreed each set of agreed or published minutes, where and when, and when they were published.</summary>
internal static class DemoMinutes
{
    /// <summary>
    /// Agreed at the next meeting by its chair on its day, when that meeting has been held; otherwise (the real minutes'
    /// next meetings are not all in the demo) agreed by correspondence a fortnight after. Published two days after agreement.
    /// </summary>
    public static void Record(IEnumerable<Meeting> meetings, DateOnly today)
    {
        foreach (var meeting in meetings.Where(m => m.Status is MeetingStatus.MinutesAgreed or MeetingStatus.Published).ToList())
        {
            var agreedAt = meeting.NextMeeting is { } next && next.Date <= today ? next : null;
            var agreedOn = agreedAt?.Date ?? meeting.Date.AddDays(14);
            meeting.MinutesApproval = new MinutesApproval
            {
                AgreedAtMeeting = agreedAt,
                ApprovedBy = (agreedAt?.Chair ?? meeting.Chair)!.Name,
                ApprovedAtUtc = DemoSeed.Utc(agreedOn, 12),
                PublishedBy = meeting.Status == MeetingStatus.Published ? (meeting.MinuteTaker ?? meeting.Chair)!.Name : null,
                PublishedAtUtc = meeting.Status == MeetingStatus.Published ? DemoSeed.Utc(agreedOn.AddDays(2), 9) : null,
            };
        }
    }
}
