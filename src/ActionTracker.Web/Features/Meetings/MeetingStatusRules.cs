using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>A meeting moves one step at a time along scheduled → in session → held → draft → agreed → published, or one step back to correct a slip.</summary>
public static class MeetingStatusRules
{
    public static bool CanMove(MeetingStatus from, MeetingStatus to) => Math.Abs((int)to - (int)from) <= 1;

    /// <summary>Why the meeting form stops at "minutes in draft": approval and publication record who, when and where (MinutesService).</summary>
    public const string ApprovedElsewhere = "Minutes are approved and published from the minutes panel on the meeting page, which records who agreed them and when.";

    /// <summary>The statuses the meeting form offers; the later ones belong to the minutes' lifecycle.</summary>
    public static IEnumerable<MeetingStatus> SetByForm => Enum.GetValues<MeetingStatus>().Where(s => s <= MeetingStatus.MinutesDraft);
}
