using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings.StartToClose;

/// <summary>Starting and closing a meeting: scheduled → in session → held, and the next meeting of the series.</summary>
public sealed class MeetingRunService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<StartMeeting> startValidator,
    IValidator<CloseMeeting> closeValidator,
    IChangeNotifier notifier,
    CurrentUser currentUser)
{
    /// <summary>Puts a scheduled meeting in session, with an outstanding-matters item for what is brought forward.</summary>
    public async Task StartAsync(int meetingId, Guid version, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await startValidator.ValidateAndThrowAsync(new StartMeeting { MeetingId = meetingId, Version = version }, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await VersionedRows.FindForEditAsync(db.Meetings.Include(m => m.AgendaItems), meetingId, version, "meeting", ct);
        RunAgenda.EnsureOutstandingMatters(meeting);
        meeting.Status = MeetingStatus.InSession;
        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meetingId));
    }

    /// <summary>
    /// Marks a meeting in session as held and, when asked, creates the next meeting of its series and links it
    /// (<see cref="RunAgenda.ScheduleNext"/>: the standing items and regular attendees chosen to carry over). The next meeting, new or already linked, becomes the minutes' last item.
    /// Returns the next meeting's id, if there is one.
    /// </summary>
    public async Task<int?> CloseAsync(CloseMeeting input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await closeValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await VersionedRows.FindForEditAsync(
            db.Meetings.Include(m => m.AgendaItems).Include(m => m.Attendances).Include(m => m.Series).Include(m => m.NextMeeting),
            input.MeetingId, input.Version, "meeting", ct);
        meeting.Status = MeetingStatus.Held;
        if (input.ScheduleNext)
        {
            RunAgenda.ScheduleNext(meeting, meeting.Series!.Name, new NextMeetingPlan(input.NextType, input.NextTitle, input.NextDate!.Value,
                input.NextStartTime!.Value, input.NextEndTime, input.NextIsVirtual, input.NextVenue, input.CarryItemIds, input.CarryAttendeeIds));
        }

        if (meeting.NextMeeting is { } confirmed)
        {
            RunAgenda.ConfirmNextMeeting(meeting, confirmed);
        }

        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meeting.Id));
        return meeting.NextMeetingId;
    }
}
