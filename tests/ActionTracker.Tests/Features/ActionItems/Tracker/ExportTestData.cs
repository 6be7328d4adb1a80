using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.ActionItems.Tracker;

/// <summary>
/// Rows for the export tests: tracker rows for the writers, and actions written straight into a test database for the
/// reading tests, which need many rows and so skip the permission checks and validators that raising goes through.
/// </summary>
public static class ExportTestData
{
    public static TrackerExportRow Row(
        string reference = "AT-0002-1", string description = "Provide the response-time figures by division.",
        DateOnly? due = null, int? daysOverdue = null, string? lastUpdate = null) =>
        new(new TrackerRow(1, reference, description, "Jo Briggs, CC", 2, "Holding to account 2024-12 (16 Dec 2024)", new DateOnly(2024, 12, 16),
            "1.1", due, null, ActionStatus.Open, "Open", "Victims", daysOverdue), lastUpdate);

    /// <summary>Adds actions numbered <paramref name="numbers"/> at the meeting, each shaped by <paramref name="shape"/>; returns their references.</summary>
    public static async Task<IReadOnlyList<string>> AddActionsAsync(
        TestDatabase database, int meetingId, IEnumerable<int> numbers, Action<ActionItem>? shape = null)
    {
        await using var db = database.NewContext();
        var actions = numbers.Select(number => new ActionItem
        {
            MeetingId = meetingId,
            Number = number,
            Reference = ActionReference.For(meetingId, number),
            Description = $"Action {number} of the export tests.",
            Status = ActionStatus.Open,
            CreatedAtUtc = new DateTime(2024, 12, 16, 12, 0, 0, DateTimeKind.Utc),
        }).ToList();
        actions.ForEach(a => shape?.Invoke(a));
        db.ActionItems.AddRange(actions);
        await db.SaveChangesAsync();
        return actions.Select(a => a.Reference).ToList();
    }

    public static ActionUpdate Update(DateTime atUtc, string change, string? to, string? note = null) =>
        new() { AtUtc = atUtc, By = "Sam Patel", Change = change, To = to, Note = note };
}
