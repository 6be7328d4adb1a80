using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.Minutes;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>Meetings, their attendance and agenda. Each method opens its own context; writes validate → save → publish.</summary>
public sealed class MeetingService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<SaveMeeting> meetingValidator,
    IValidator<SaveAttendee> attendeeValidator,
    IValidator<SaveAgendaItem> agendaItemValidator,
    IValidator<GiveVerdict> verdictValidator,
    IChangeNotifier notifier,
    CurrentUser currentUser)
{
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(string? search, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Meetings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            query = query.Where(m => EF.Functions.Like(m.Title, pattern) || EF.Functions.Like(m.Series!.Name, pattern)
                || EF.Functions.Like(m.Venue!, pattern) || EF.Functions.Like(m.Chair!.Name, pattern));
        }

        var rows = await query
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime)
            .Select(m => new
            {
                m.Id, m.Title, m.Type, Series = m.Series!.Name, m.Date, m.StartTime, m.IsVirtual, m.Venue,
                Chair = m.Chair!.Name, m.Status, m.IsSample,
                OpenActions = m.ActionItems.Count(a => a.Status != ActionStatus.Closed && a.Status != ActionStatus.Cancelled),
            })
            .ToListAsync(ct);
        return rows.Select(m => new MeetingSummary(m.Id, m.Title, m.Type, m.Series, m.Date, m.StartTime,
            MeetingText.Venue(m.IsVirtual, m.Venue), m.Chair, m.Status, m.IsSample, m.OpenActions)).ToList();
    }

    /// <summary>The meeting with its attendees and agenda, and its actions unless a page keeps those itself (LiveMeetingActions).</summary>
    public async Task<MeetingDetails?> GetAsync(int id, bool withActions = true, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new
            {
                m.Id, m.SeriesId, Series = m.Series!.Name, m.Type, m.Title, m.Date, m.StartTime, m.EndTime, m.IsVirtual, m.Venue,
                m.ChairId, Chair = m.Chair!.Name, m.MinuteTakerId, MinuteTaker = m.MinuteTaker == null ? null : m.MinuteTaker.Name,
                m.Status, m.IsSample, m.Version, m.Verdict, m.VerdictNote,
                Next = m.NextMeeting == null ? null : new NextMeetingDto(m.NextMeeting.Id, m.NextMeeting.Type, m.NextMeeting.Title,
                    m.NextMeeting.Date, m.NextMeeting.StartTime, m.NextMeeting.EndTime, m.NextMeeting.IsVirtual, m.NextMeeting.Venue),
            })
            .SingleOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }

        var attendees = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == id)
            .OrderBy(a => a.Status).ThenBy(a => a.Id)
            .Select(a => new AttendeeDto(a.Id, a.PersonId, a.Person!.Name, a.Capacity, a.Initials, a.Status, a.Version))
            .ToListAsync(ct);
        var agenda = await AgendaOfAsync(db, id, ct);
        var actions = withActions ? await ActionsOfAsync(db, db.ActionItems.Where(a => a.MeetingId == id), ct) : [];

        return new MeetingDetails(meeting.Id, meeting.SeriesId, meeting.Series, meeting.Type, meeting.Title, meeting.Date,
            meeting.StartTime, meeting.EndTime, meeting.IsVirtual, meeting.Venue, meeting.ChairId, meeting.Chair,
            meeting.MinuteTakerId, meeting.MinuteTaker, meeting.Status, meeting.IsSample, meeting.Version, meeting.Verdict, meeting.VerdictNote,
            attendees, agenda, actions, meeting.Next, await DeferredToAsync(db, id, ct));
    }

    /// <summary>Only the agenda (with notes): what an open page re-reads when an agenda item changed.</summary>
    public async Task<IReadOnlyList<AgendaItemDto>> GetAgendaAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AgendaOfAsync(db, meetingId, ct);
    }

    /// <summary>The actions raised at the meeting, or under one of its agenda items, in number order.</summary>
    public async Task<IReadOnlyList<MeetingActionDto>> GetActionsAsync(int meetingId, int? agendaItemId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actions = db.ActionItems.Where(a => a.MeetingId == meetingId);
        return await ActionsOfAsync(db, agendaItemId is null ? actions : actions.Where(a => a.AgendaItemId == agendaItemId), ct);
    }

    /// <summary>One action raised at the meeting, or null if it is not (or no longer) one: what an open page re-reads when it changed.</summary>
    public async Task<MeetingActionDto?> GetActionAsync(int meetingId, int actionItemId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await ActionsOfAsync(db, db.ActionItems.Where(a => a.MeetingId == meetingId && a.Id == actionItemId), ct)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<AgendaItemDto>> AgendaOfAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        await db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.SortKey).ThenBy(a => a.Id)
            .Select(a => new AgendaItemDto(a.Id, a.Number, a.Title, a.Kind, a.Question, a.Notes, a.IsConfidential, a.Version,
                a.DeferredToMeeting == null ? null : new MeetingLink(a.DeferredToMeeting.Id, a.DeferredToMeeting.Title, a.DeferredToMeeting.Date)))
            .ToListAsync(ct);

    /// <summary>The agenda items earlier meetings deferred to this one, oldest first.</summary>
    private static async Task<IReadOnlyList<DeferredItemDto>> DeferredToAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        await db.AgendaItems.AsNoTracking().Where(a => a.DeferredToMeetingId == meetingId)
            .OrderBy(a => a.Meeting!.Date).ThenBy(a => a.SortKey).ThenBy(a => a.Id)
            .Select(a => new DeferredItemDto(new MeetingLink(a.MeetingId, a.Meeting!.Title, a.Meeting.Date), a.Number, a.Title))
            .ToListAsync(ct);

    private static async Task<IReadOnlyList<MeetingActionDto>> ActionsOfAsync(AppDbContext db, IQueryable<ActionItem> selected, CancellationToken ct)
    {
        var actions = await selected.AsNoTracking().OrderBy(a => a.Number).ToRowsAsync(db, ct);
        return [.. actions.Select(a => new MeetingActionDto(a.Id, a.Reference, a.Number, a.Description, a.AgendaItemId,
            OwnerText.Join(a.Owners), a.DueDate, a.TargetMeetingTitle, a.Status))];
    }

    /// <summary>The meetings after this one, of any series, that an agenda item can be deferred to.</summary>
    public async Task<IReadOnlyList<MeetingLink>> LaterMeetingsAsync(int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var date = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(ct);
        return await db.Meetings.AsNoTracking().Where(m => m.Date > date).OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingLink(m.Id, m.Title, m.Date)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SeriesOption>> ListSeriesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MeetingSeries.AsNoTracking().OrderBy(s => s.Name).Select(s => new SeriesOption(s.Id, s.Name, s.Type)).ToListAsync(ct);
    }

    /// <summary>Creates or edits a meeting and returns its id.</summary>
    public async Task<int> SaveAsync(SaveMeeting input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (input.Id != 0)
        {
            // Before validating: approved minutes are refused as such, not for the status the form read back.
            await MinutesLock.EnsureEditableAsync(db, input.Id, ct);
        }

        await meetingValidator.ValidateAndThrowAsync(input, ct);

        var meeting = input.Id == 0
            ? db.Meetings.Add(new Meeting { Title = "" }).Entity
            : await VersionedRows.FindForEditAsync(db.Meetings, input.Id, input.Version, "meeting", ct);
        meeting.SeriesId = input.SeriesId;
        if (input.SeriesId == 0)
        {
            meeting.Series = new MeetingSeries { Name = input.NewSeriesName!.Trim(), Type = input.Type };
        }

        meeting.Type = input.Type;
        meeting.Title = input.Title.Trim();
        meeting.Date = input.Date!.Value;
        meeting.StartTime = input.StartTime!.Value;
        meeting.EndTime = input.EndTime;
        meeting.IsVirtual = input.IsVirtual;
        meeting.Venue = string.IsNullOrWhiteSpace(input.Venue) ? null : input.Venue.Trim();
        if (input.ChairId == 0)
        {
            // Someone new chairs: created with the meeting, and minuted as present in the chair when the meeting is new.
            meeting.Chair = new Person { Name = input.NewChairName!.Trim() };
            if (input.Id == 0)
            {
                meeting.Attendances.Add(new Attendance { Person = meeting.Chair, Capacity = "Chair" });
            }
        }
        else
        {
            meeting.ChairId = input.ChairId!.Value;
        }

        meeting.MinuteTakerId = input.MinuteTakerId;
        meeting.Status = input.Status;
        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meeting.Id));
        return meeting.Id;
    }

    /// <summary>The chair's verdict. Only the chair's role may give it.</summary>
    public async Task GiveVerdictAsync(GiveVerdict input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.GiveVerdict);
        await verdictValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await VersionedRows.FindForEditAsync(db.Meetings, input.MeetingId, input.Version, "meeting", ct);
        meeting.Verdict = input.Verdict;
        meeting.VerdictNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await VersionedRows.SaveOrReportConflictAsync(db, "meeting", ct);
        await notifier.PublishAsync(new MeetingChanged(meeting.Id));
    }

    public async Task<int> SaveAttendeeAsync(SaveAttendee input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await attendeeValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MinutesLock.EnsureEditableAsync(db, input.MeetingId, ct);
        var attendance = input.Id == 0
            ? db.Attendances.Add(new Attendance { MeetingId = input.MeetingId, Capacity = "" }).Entity
            : await VersionedRows.FindForEditAsync(db.Attendances.Where(a => a.MeetingId == input.MeetingId), input.Id, input.Version, "attendee", ct);
        if (input.PersonId is { } personId)
        {
            attendance.PersonId = personId;
        }
        else
        {
            attendance.Person = new Person { Name = input.NewPersonName!.Trim() };
        }

        attendance.Capacity = input.Capacity.Trim();
        attendance.Initials = string.IsNullOrWhiteSpace(input.Initials) ? null : input.Initials.Trim();
        attendance.Status = input.Status;
        await VersionedRows.SaveOrReportConflictAsync(db, "attendee", ct);
        await notifier.PublishAsync(new MeetingChanged(input.MeetingId));
        return attendance.Id;
    }

    public async Task RemoveAttendeeAsync(int meetingId, int attendeeId, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MinutesLock.EnsureEditableAsync(db, meetingId, ct);
        var removed = await db.Attendances.Where(a => a.Id == attendeeId && a.MeetingId == meetingId).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            throw new ConcurrencyConflictException("That attendee was already removed by someone else.");
        }

        await notifier.PublishAsync(new MeetingChanged(meetingId));
    }

    public async Task<int> SaveAgendaItemAsync(SaveAgendaItem input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await agendaItemValidator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await MinutesLock.EnsureEditableAsync(db, input.MeetingId, ct);
        var item = input.Id == 0
            ? db.AgendaItems.Add(new AgendaItem { MeetingId = input.MeetingId, Number = "", SortKey = "", Title = "" }).Entity
            : await VersionedRows.FindForEditAsync(db.AgendaItems.Where(a => a.MeetingId == input.MeetingId), input.Id, input.Version, "agenda item", ct);
        item.Number = AgendaNumber.Normalise(input.Number);
        item.SortKey = AgendaNumber.SortKey(item.Number);
        item.Title = input.Title.Trim();
        item.Kind = input.Kind;
        item.Question = string.IsNullOrWhiteSpace(input.Question) ? null : input.Question.Trim();
        item.Notes = input.Notes;
        item.IsConfidential = input.IsConfidential;
        var deferredBefore = item.DeferredToMeetingId;
        item.DeferredToMeetingId = input.DeferredToMeetingId;
        await VersionedRows.SaveOrReportConflictAsync(db, "agenda item", ct);
        await notifier.PublishAsync(new AgendaChanged(input.MeetingId, item.Id));
        // The meetings it was deferred to (or no longer is) list it under their outstanding matters.
        foreach (var target in new[] { deferredBefore, item.DeferredToMeetingId }.OfType<int>().Distinct())
        {
            await notifier.PublishAsync(new MeetingChanged(target));
        }
        return item.Id;
    }
}
