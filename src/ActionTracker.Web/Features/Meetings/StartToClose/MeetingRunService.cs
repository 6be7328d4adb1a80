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
    /// Marks a meeting in session as held and, when asked, creates the next meeting of its series (with its own
    /// outstanding-matters item, the standing items and regular attendees chosen to carry over, and a title naming the
    /// series and month unless one is typed) and links it. The next meeting, new or already linked, becomes the minutes' last item.
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
            var next = new Meeting
            {
                SeriesId = meeting.SeriesId,
                Type = input.NextType,
                Title = string.IsNullOrWhiteSpace(input.NextTitle) ? RunAgenda.TitleFor(meeting.Series!.Name, input.NextDate!.Value) : input.NextTitle.Trim(),
                Date = input.NextDate!.Value,
                StartTime = input.NextStartTime!.Value,
                EndTime = input.NextEndTime,
                IsVirtual = input.NextIsVirtual,
                Venue = string.IsNullOrWhiteSpace(input.NextVenue) ? null : input.NextVenue.Trim(),
                ChairId = meeting.ChairId,
                MinuteTakerId = meeting.MinuteTakerId,
                Status = MeetingStatus.Scheduled,
            };
            RunAgenda.CarryOver(meeting, next, input.CarryItemIds, input.CarryAttendeeIds);
            RunAgenda.EnsureOutstandingMatters(next);
            meeting.NextMeeting = next;
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
