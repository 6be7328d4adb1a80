using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>Appends the history rows of one change, all stamped with the same user and moment.</summary>
public sealed class ActionHistory(string by, DateTime atUtc)
{
    public string By => by;

    public void Record(ActionItem action, string change, string? from, string? to, string? note = null, string? link = null) =>
        action.Updates.Add(new ActionUpdate { AtUtc = atUtc, By = by, Change = change, From = from, To = to, Note = note, Link = link });

    public void RecordIfChanged(ActionItem action, string change, string? from, string? to)
    {
        if (!string.Equals(from ?? "", to ?? "", StringComparison.Ordinal))
        {
            Record(action, change, from, to);
        }
    }
}
