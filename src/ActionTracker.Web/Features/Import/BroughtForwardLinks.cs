using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>A matter brought forward as the import records it: the earlier action it is (none matched: flagged, notes only) and
/// what the minutes say became of it (closed, ongoing, deferred; null when they do not say).</summary>
public sealed record PreviewMatter(BroughtForwardMatter Matter, LinkedAction? Action, ActionStatus? Outcome, string Note);

/// <summary>An action of an earlier meeting of the series, as the review screen names it.</summary>
public sealed record LinkedAction(int Id, string Reference, int Number, string Description, int MeetingId, string MeetingTitle, DateOnly MeetingDate, ActionStatus Status);

/// <summary>
/// Finds the actions that imported minutes bring forward among the actions of the series' earlier meetings: by reference
/// ("AT-0012-3"), by number when the minutes name one earlier meeting ("Action 2" of "the May 2020 Performance meeting"),
/// or by their words (most of the shorter description's words shared, and no other action as close). Never guessed
/// between two: a matter no action fits stays in the notes and flagged, as before.
/// </summary>
internal static partial class BroughtForwardLinks
{
    private const double SharedWords = 0.6;
    private const int MinimumSharedWords = 3;

    public static async Task<IReadOnlyList<PreviewMatter>> FindAsync(AppDbContext db, int? seriesId, ParsedMinutes minutes, CancellationToken ct)
    {
        var candidates = seriesId is { } series && minutes.Date is { } date
            ? await db.ActionItems.AsNoTracking()
                .Where(a => a.Meeting!.SeriesId == series && a.Meeting.Date < date && a.Status != ActionStatus.Cancelled)
                .OrderByDescending(a => a.Meeting!.Date).ThenBy(a => a.Number)
                .Select(a => new LinkedAction(a.Id, a.Reference, a.Number, a.Description, a.MeetingId, a.Meeting!.Title, a.Meeting.Date, a.Status))
                .ToListAsync(ct)
            : [];
        var taken = new HashSet<int>();
        return minutes.BroughtForward.Select(matter =>
        {
            var note = NoteOf(matter, minutes);
            var action = Match(matter, candidates.Where(c => !taken.Contains(c.Id)).ToList());
            if (action is not null)
            {
                taken.Add(action.Id);
            }

            return new PreviewMatter(matter, action, OutcomeOf(matter.Description + "\n" + note), note);
        }).ToList();
    }

    /// <summary>
    /// Records on the earlier action what the imported meeting said of it: an update with the minutes' words, and the status
    /// they give when the action can move to it (closed; deferred, to the next meeting when there is one; ongoing moves
    /// an open action to in progress). An action already past that status keeps it: the minutes are older news.
    /// </summary>
    public static void Record(ActionItem action, PreviewMatter matter, Meeting meeting, Meeting? next, ActionHistory history, DateTime nowUtc)
    {
        var at = $"{meeting.Title} ({UkFormat.Date(meeting.Date)})";
        var from = ActionStatusRules.Name(action.Status);
        history.Record(action, "Update", null, null, $"Brought forward to {at}: {matter.Note}");
        switch (matter.Outcome)
        {
            case ActionStatus.Closed when ActionStatusRules.CanMove(action.Status, ActionStatus.Closed):
                history.Record(action, "Status", from, ActionStatusRules.Name(ActionStatus.Closed), $"Closed at {at}, as minuted.");
                action.Status = ActionStatus.Closed;
                action.ClosedAtUtc = nowUtc;
                break;
            case ActionStatus.Deferred when ActionStatusRules.CanDefer(action.Status):
                history.Record(action, "Deferred", from, next is null ? ActionStatusRules.Name(ActionStatus.Deferred) : $"{next.Title} ({UkFormat.Date(next.Date)})",
                    $"Deferred at {at}, as minuted.");
                action.Status = ActionStatus.Deferred;
                action.TargetMeeting = next ?? action.TargetMeeting;
                action.DeferralCount++;
                break;
            case ActionStatus.InProgress when action.Status == ActionStatus.Open:
                history.Record(action, "Status", from, ActionStatusRules.Name(ActionStatus.InProgress), $"Ongoing at {at}, as minuted.");
                action.Status = ActionStatus.InProgress;
                break;
        }
    }

    private static LinkedAction? Match(BroughtForwardMatter matter, IReadOnlyList<LinkedAction> candidates)
    {
        if (Reference().Match(matter.Description) is { Success: true } reference)
        {
            return candidates.FirstOrDefault(c => c.Reference.Equals(reference.Value, StringComparison.OrdinalIgnoreCase));
        }

        var named = matter.FromMeeting is { } from
            ? candidates.Where(c => DeferralTargets.Fits(DeferralTargets.Words(from), c.MeetingTitle, c.MeetingDate)).ToList()
            : [];
        if (matter.ActionNumber is { } number && named.Select(c => c.MeetingId).Distinct().Count() == 1
            && named.FirstOrDefault(c => c.Number == number) is { } numbered)
        {
            return numbered;
        }

        return ByWords(matter.Description, named.Count > 0 ? named : candidates);
    }

    private static LinkedAction? ByWords(string description, IReadOnlyList<LinkedAction> candidates)
    {
        var words = Words(description);
        var scored = candidates.Select(c =>
            {
                var theirs = Words(c.Description);
                var shared = words.Intersect(theirs).Count();
                return (Action: c, Shared: shared, Score: shared / (double)Math.Max(1, Math.Min(words.Count, theirs.Count)));
            })
            .Where(s => s.Shared >= MinimumSharedWords && s.Score >= SharedWords)
            .OrderByDescending(s => s.Score).ToList();
        return scored switch
        {
            [] => null,
            [var only] => only.Action,
            [var best, var second, ..] => best.Score > second.Score ? best.Action : null,
        };
    }

    /// <summary>What the minutes say about the matter: its item's notes when the item is about it alone, else its own line.</summary>
    private static string NoteOf(BroughtForwardMatter matter, ParsedMinutes minutes)
    {
        var alone = minutes.BroughtForward.Count(m => m.ItemNumber == matter.ItemNumber) == 1;
        var notes = alone ? minutes.Items.FirstOrDefault(i => i.Number == matter.ItemNumber)?.Notes : null;
        var text = string.IsNullOrWhiteSpace(notes) ? matter.Description : notes.Trim();
        return text.Length <= FieldLimits.LongText - 200 ? text : text[..(FieldLimits.LongText - 201)] + "…";
    }

    /// <summary>The first word of an outcome in the text: "closed", "complete", "ongoing", "deferred" and their like.</summary>
    private static ActionStatus? OutcomeOf(string text) => Outcome().Match(text) switch
    {
        { Success: false } => null,
        { Groups: var g } when g["closed"].Success => ActionStatus.Closed,
        { Groups: var g } when g["deferred"].Success => ActionStatus.Deferred,
        _ => ActionStatus.InProgress,
    };

    private static HashSet<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && !CommonWords.Contains(w))];

    private static readonly HashSet<string> CommonWords =
        ["the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "will", "into", "action", "pcc", "pcc's", "office", "provide", "share"];

    [GeneratedRegex(@"\bAT-\d{4,}-\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"[\w'’]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:(?<closed>closed|complete[d]?|discharged|achieved|no\s+further\s+action)|(?<deferred>deferred|postponed|carried\s+forward)|(?<ongoing>ongoing|on-going|in\s+progress|remains?\s+open|still\s+open))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();
}
