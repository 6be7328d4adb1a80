using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The date of the next meeting: from the "Confirmation of next meeting" item, or else a line that speaks of the next
/// meeting. A date without a year is the first such day after this meeting; without a time, this meeting's time.
/// </summary>
public static partial class NextMeeting
{
    public static DateTime? Find(ParsedMinutes minutes, IReadOnlyList<string> lines)
    {
        var texts = minutes.Items.Where(i => i.Kind == AgendaItemKind.NextMeeting).Select(i => i.Title + "\n" + i.Notes)
            .Concat(lines.Where(l => NextMeetingWords().IsMatch(l)).Select(MinutesText.Flat));
        foreach (var text in texts)
        {
            if (MinutesDates.FindDate(text) is not { } written)
            {
                continue;
            }

            var date = written.Year is { } year ? written.In(year) : AfterMeeting(written, minutes.Date);
            if (date is null)
            {
                continue;
            }

            var (start, _) = MinutesDates.FindTimes(text, written.End);
            if (start is null)
            {
                minutes.Warnings.Add("The next meeting's time is not given: this meeting's start time was assumed.");
            }

            return date.Value.ToDateTime(start ?? minutes.StartTime ?? MeetingHeader.AssumedStart);
        }

        return null;
    }

    private static DateOnly? AfterMeeting(WrittenDate written, DateOnly? meeting)
    {
        if (meeting is not { } held)
        {
            return null;
        }

        var date = written.In(held.Year);
        return date is { } d && d <= held ? written.In(held.Year + 1) : date;
    }

    [GeneratedRegex(@"next\s+meeting", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingWords();
}
