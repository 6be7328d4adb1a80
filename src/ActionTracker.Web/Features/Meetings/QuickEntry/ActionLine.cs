namespace ActionTracker.Web.Features.Meetings.QuickEntry;

/// <summary>
/// An action as typed in an item's notes: the number if one was typed ("Action 3:"), the description as it will be
/// recorded (owner words included, as the minutes read), and the words naming the owner, if any could be told apart.
/// </summary>
public sealed record ActionLine(int? Number, string Description, string? OwnerText)
{
    /// <summary>Whether an action already raised is this line: same words, whatever the spacing or capitals.</summary>
    public bool IsRaisedAs(string raisedDescription) =>
        string.Equals(string.Join(' ', raisedDescription.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Description,
            StringComparison.OrdinalIgnoreCase);
}
