namespace ActionTracker.Web.Features.Meetings;

public static class AttendeeText
{
    /// <summary>"Police and Crime Commissioner (PCC)", as the minutes write a capacity.</summary>
    public static string Capacity(AttendeeDto attendee) =>
        attendee.Initials is null ? attendee.Capacity : $"{attendee.Capacity} ({attendee.Initials})";
}
