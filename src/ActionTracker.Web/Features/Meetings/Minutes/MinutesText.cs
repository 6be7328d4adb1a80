namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>Sentences every format of the minutes writes the same way.</summary>
public static class MinutesText
{
    public static string Amendment(MinutesAmendmentLine amendment) =>
        $"{(amendment.ItemNumber is { } number ? $"Item {number}: " : "")}{amendment.Correction} (reason: {amendment.Reason}; {amendment.Made})";
}
