using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Support;

/// <summary>Edit-form inputs filled from what was read, Version included, as the pages fill them (the inputs' own From).</summary>
public static class Edits
{
    public static SaveMeeting Of(MeetingDetails read) => SaveMeeting.From(read);

    public static SaveAgendaItem Of(int meetingId, AgendaItemDto read) => SaveAgendaItem.From(meetingId, read);

    public static SaveAttendee Of(int meetingId, AttendeeDto read) => SaveAttendee.From(meetingId, read);

    public static SaveActionItem Of(ActionDetails read) => SaveActionItem.From(read.Action);
}
