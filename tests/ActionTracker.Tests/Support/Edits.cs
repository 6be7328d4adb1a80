using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Support;

/// <summary>Edit-form inputs filled from what was read, Version included, as the pages fill them.</summary>
public static class Edits
{
    public static SaveMeeting Of(MeetingDetails read) => new()
    {
        Id = read.Id,
        Version = read.Version,
        SeriesId = read.SeriesId,
        Type = read.Type,
        Title = read.Title,
        Date = read.Date,
        StartTime = read.StartTime,
        EndTime = read.EndTime,
        IsVirtual = read.IsVirtual,
        Venue = read.Venue,
        ChairId = read.ChairId,
        MinuteTakerId = read.MinuteTakerId,
        Status = read.Status,
    };

    public static SaveAgendaItem Of(int meetingId, AgendaItemDto read) => new()
    {
        Id = read.Id,
        Version = read.Version,
        MeetingId = meetingId,
        Number = read.Number,
        Title = read.Title,
        Kind = read.Kind,
        Question = read.Question,
        Notes = read.Notes,
        IsConfidential = read.IsConfidential,
        DeferredToMeetingId = read.DeferredTo?.Id,
    };

    public static SaveAttendee Of(int meetingId, AttendeeDto read) => new()
    {
        Id = read.Id,
        Version = read.Version,
        MeetingId = meetingId,
        PersonId = read.PersonId,
        Capacity = read.Capacity,
        Initials = read.Initials,
        Status = read.Status,
    };

    public static SaveActionItem Of(ActionDetails read) => SaveActionItem.From(read.Action);
}
