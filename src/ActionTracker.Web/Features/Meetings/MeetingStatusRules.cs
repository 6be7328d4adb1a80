using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>A meeting moves one step at a time along scheduled → in session → held → draft → agreed → published, or one step back to correct a slip.</summary>
public static class MeetingStatusRules
{
    public static bool CanMove(MeetingStatus from, MeetingStatus to) => Math.Abs((int)to - (int)from) <= 1;
}
