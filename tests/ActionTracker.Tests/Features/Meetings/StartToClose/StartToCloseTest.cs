using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.StartToClose;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>
/// Base of the meeting-running tests: the seeded series (18 Nov 2024, 16 Dec 2024, 20 Jan 2025; today is 10 Jan 2025),
/// with the real run and review services as any caller, and helpers that add meetings and move actions on directly.
/// </summary>
public abstract class StartToCloseTest : DatabaseTest
{
    protected static readonly DateOnly NextMeetingDate = new(2025, 1, 20);

    protected MeetingRunService Run(Caller? caller = null) => new(
        Db.Factory, new StartMeetingValidator(Db.Factory), new CloseMeetingValidator(Db.Factory), Db.Notifier, Db.CurrentUser(caller));

    protected BroughtForwardReviewService Review(Caller? caller = null) => new(
        Db.Factory, Db.CurrentUser(caller), Clock, new CloseBroughtForwardValidator(), Db.Actions(caller), Progress(caller));

    protected ActionProgressService Progress(Caller? caller = null) => new(
        Db.Factory, Db.CurrentUser(caller), Clock, Db.Notifier, new AddProgressUpdateValidator(), new CompleteActionValidator(),
        new SignOffActionValidator(), new RequestExtensionValidator(Clock), new DecideExtensionValidator(), new DeferActionValidator(),
        new ChangeDueDateValidator(Clock));

    private AppClock Clock => new(Db.Time);

    /// <summary>Adds a scheduled meeting on <paramref name="date"/> to the seeded series, or to a new one when named.</summary>
    protected async Task<int> AddMeetingAsync(DateOnly date, string? newSeries = null, MeetingStatus status = MeetingStatus.Scheduled)
    {
        await using var db = Db.NewContext();
        var meeting = new Meeting
        {
            Title = $"{newSeries ?? TestData.SeriesName} {date:yyyy-MM-dd}", Type = MeetingType.HoldingToAccount, Date = date,
            StartTime = new TimeOnly(10, 0), Venue = "OPCC offices", ChairId = Seed.ChairId, Status = status,
        };
        if (newSeries is null)
        {
            meeting.SeriesId = Seed.SeriesId;
        }
        else
        {
            meeting.Series = new MeetingSeries { Name = newSeries, Type = MeetingType.Thematic };
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>Raises a valid action at <paramref name="meetingId"/>, owned by the officer, due 31 January 2025 unless said.</summary>
    protected Task<int> RaiseAtAsync(int meetingId, int? targetMeetingId = null, DateOnly? dueDate = null) => RaiseAsync(a =>
    {
        a.MeetingId = meetingId;
        a.AgendaItemId = null;
        a.TargetMeetingId = targetMeetingId;
        a.DueDate = dueDate ?? a.DueDate;
    });

    protected async Task SetStatusAsync(int actionId, ActionStatus status)
    {
        await using var db = Db.NewContext();
        await db.ActionItems.Where(a => a.Id == actionId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, status));
    }

    protected async Task<IReadOnlyList<int>> BroughtForwardIdsAsync(int meetingId) => [.. (await Review().ListAsync(meetingId)).Select(r => r.Id)];

    protected async Task<BroughtForwardRow> BroughtForwardRowAsync(int meetingId, int actionId) =>
        (await Review().ListAsync(meetingId)).Single(r => r.Id == actionId);

    protected async Task<MeetingDetails> StartedNextMeetingAsync()
    {
        await Run().StartAsync(Seed.NextMeetingId, (await ReadMeetingAsync(Seed.NextMeetingId)).Version);
        return await ReadMeetingAsync(Seed.NextMeetingId);
    }
}
