namespace ActionTracker.Web.Features.ActionItems;

/// <summary>The global reference of an action, given once when it is raised and never changed afterwards.</summary>
public static class ActionReference
{
    public static string For(int meetingId, int actionNumber) => $"AT-{meetingId:D4}-{actionNumber}";
}
