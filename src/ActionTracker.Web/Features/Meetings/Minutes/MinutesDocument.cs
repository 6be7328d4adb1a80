using System.Globalization;
using System.Text.RegularExpressions;
using ActionTracker.Web.Components.Shared;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>Who the minutes are for: the public (confidential items withheld) or signed-in staff (shown, marked confidential).</summary>
public enum MinutesAudience
{
    Public,
    Staff,
}

/// <summary>
/// The minutes as text, ready for any format: the public page, the signed-in downloads, Word and PDF all render this one
/// model, so what is withheld from one is withheld from all. Every string is plain text; renderers never read it as markup.
/// </summary>
public sealed record MinutesDocument(
    int MeetingId,
    string Title,
    string Kind,
    string Date,
    string Chair,
    string MinuteTaker,
    string Venue,
    IReadOnlyList<MinutesAttendee> Present,
    IReadOnlyList<MinutesAttendee> Apologies,
    IReadOnlyList<MinutesItem> Items,
    IReadOnlyList<MinutesAction> Actions,
    string? Verdict,
    string NextMeeting,
    MinutesStanding Standing,
    IReadOnlyList<MinutesAmendmentLine> Amendments)
{
    public const string DraftMark = "Draft — subject to approval";

    /// <summary>The file name of a download, e.g. "minutes-2021-03-16-holding-to-account-domestic-abuse.docx".</summary>
    public string FileName(string extension)
    {
        var words = Regex.Split(Title.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0);
        return $"minutes-{Standing.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{string.Join('-', words)}.{extension}";
    }
}

public sealed record MinutesAttendee(string Name, string Capacity);

/// <summary>An item as minuted, or, when <see cref="IsWithheld"/>, only its number: no title, question, notes or actions.</summary>
public sealed record MinutesItem(
    string Number, string? Title, string? Question, IReadOnlyList<NotesBlock> Notes, bool IsConfidential, bool IsWithheld,
    IReadOnlyList<MinutesAction> Actions)
{
    public string Heading => IsWithheld ? $"Item {Number} — withheld (confidential)" : $"{Number} {Title}";
}

public sealed record MinutesAction(int Number, string Reference, string Description, string Owners, string Due, string Status);

/// <summary>Where the minutes stand: draft, agreed (by whom, when, at which meeting), published (when).</summary>
public sealed record MinutesStanding(MeetingStatus Status, DateOnly MeetingDate, string? Approved, string? Published)
{
    /// <summary>Anything short of published is marked draft wherever it is shown or downloaded, approved or not.</summary>
    public bool IsDraft => Status != MeetingStatus.Published;
}

public sealed record MinutesAmendmentLine(string? ItemNumber, string Correction, string Reason, string Made);

public static class MinutesDocumentBuilder
{
    /// <summary>Builds the minutes for <paramref name="audience"/>, withholding confidential items from the public.</summary>
    public static MinutesDocument Build(
        MeetingDetails meeting, MinutesStanding standing, IReadOnlyList<MinutesAmendmentRead> amendments, MinutesAudience audience)
    {
        var withheld = meeting.AgendaItems.Where(i => i.IsConfidential && audience == MinutesAudience.Public).Select(i => i.Id).ToHashSet();
        var actions = meeting.Actions.Where(a => a.AgendaItemId is not { } itemId || !withheld.Contains(itemId)).ToList();
        var items = meeting.AgendaItems.Select(item => withheld.Contains(item.Id)
            ? new MinutesItem(item.Number, null, null, [], true, true, [])
            : new MinutesItem(item.Number, item.Title, item.Question, Blocks(item.Notes), item.IsConfidential, false,
                [.. actions.Where(a => a.AgendaItemId == item.Id).Select(Action)])).ToList();
        var itemNumbers = meeting.AgendaItems.ToDictionary(i => i.Id, i => i.Number);
        return new MinutesDocument(
            meeting.Id,
            meeting.Title,
            $"{MeetingText.TypeName(meeting.Type)} — {meeting.SeriesName}",
            $"{meeting.Date.ToString("dddd d MMMM yyyy", UkFormat.Culture)}, {MeetingText.Times(meeting.StartTime, meeting.EndTime)}",
            meeting.ChairName,
            meeting.MinuteTakerName ?? "Not recorded",
            meeting.VenueText,
            [.. meeting.Attendees.Where(a => a.Status != AttendanceStatus.Apologies).Select(Attendee)],
            [.. meeting.Attendees.Where(a => a.Status == AttendanceStatus.Apologies).Select(Attendee)],
            items,
            [.. actions.Select(Action)],
            meeting.Verdict is { } verdict ? MeetingText.VerdictName(verdict) + (meeting.VerdictNote is { } note ? $" — {note}" : "") : null,
            meeting.NextMeeting is { } next
                ? $"{MeetingText.TypeName(next.Type)}: {next.Title} — {UkFormat.Date(next.Date)}, {MeetingText.Times(next.StartTime, next.EndTime)}, {next.VenueText}"
                : "Not yet scheduled.",
            standing,
            [.. amendments.Where(a => a.AgendaItemId is not { } itemId || !withheld.Contains(itemId)).Select(a => Line(a, itemNumbers, audience))]);
    }

    /// <summary>An amendment as the audience reads it: the public see when it was made, staff also who made it.</summary>
    public static MinutesAmendmentLine Line(MinutesAmendmentRead amendment, IReadOnlyDictionary<int, string> itemNumbers, MinutesAudience audience) =>
        new(amendment.AgendaItemId is { } id ? itemNumbers.GetValueOrDefault(id) : null, amendment.Correction, amendment.Reason,
            audience == MinutesAudience.Public ? UkFormat.LondonShortDate(amendment.MadeAtUtc) : $"{UkFormat.LondonTime(amendment.MadeAtUtc)} by {amendment.MadeBy}");

    private static MinutesAttendee Attendee(AttendeeDto attendee) =>
        new(attendee.Name, AttendeeText.Capacity(attendee) + (attendee.Status == AttendanceStatus.Observer ? " (observer)" : ""));

    private static MinutesAction Action(MeetingActionDto action) => new(
        action.Number, action.Reference, action.Description, action.Owners,
        UkFormat.Date(action.DueDate) ?? (action.TargetMeetingTitle is { } target ? $"By: {target}" : ""),
        ActionStatusRules.Name(action.Status));

    private static List<NotesBlock> Blocks(string? notes) => [.. NotesBlock.Parse(notes)];
}

/// <summary>An amendment as read from the database, before the audience decides what of it is shown.</summary>
public sealed record MinutesAmendmentRead(int? AgendaItemId, string Correction, string Reason, string MadeBy, DateTime MadeAtUtc);
