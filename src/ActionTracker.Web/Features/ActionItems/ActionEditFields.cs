using ActionTracker.Web.Components.Shared.Conflicts;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>The action form's fields as a conflict compares them, each shown as the form's labels and choices show it.</summary>
public static class ActionEditFields
{
    public static IReadOnlyList<EditedField<SaveActionItem>> For(MeetingDetails meeting, IReadOnlyList<MeetingSummary> laterMeetings, OwnerOptions owners) =>
    [
        new("Action", a => a.Description.Trim(), (mine, theirs) => mine.Description = theirs.Description)
        {
            Text = (a => a.Description, (a, text) => a.Description = text),
        },
        new("Owners", a => owners.Describe(a.Owners), (mine, theirs) => mine.Owners = [.. theirs.Owners]),
        new("Raised under agenda item",
            a => meeting.AgendaItems.FirstOrDefault(i => i.Id == a.AgendaItemId) is { } item ? $"{item.Number} {item.Title}" : "No particular item",
            (mine, theirs) => mine.AgendaItemId = theirs.AgendaItemId),
        new("Due date", a => UkFormat.Date(a.DueDate) ?? "", (mine, theirs) => mine.DueDate = theirs.DueDate),
        new("Or due back at meeting",
            a => laterMeetings.FirstOrDefault(m => m.Id == a.TargetMeetingId) is { } later ? $"{UkFormat.ShortDate(later.Date)} – {later.Title}" : "",
            (mine, theirs) => mine.TargetMeetingId = theirs.TargetMeetingId),
        new("Theme", a => a.Theme?.Trim() ?? "", (mine, theirs) => mine.Theme = theirs.Theme),
    ];
}
