using System.Globalization;
using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The meeting's date, time, type, chair and minute-taker from the header fields. Whatever had to be assumed (a year
/// the date does not give, a weekday that does not fit, no time, no chair) is said in the warnings.
/// </summary>
public static partial class MeetingHeader
{
    public static readonly TimeOnly AssumedStart = new(10, 0);

    public static void Fill(ParsedMinutes minutes, PreambleReader preamble, string text)
    {
        var dateLine = preamble.DateLine ?? minutes.Title;
        var written = MinutesDates.FindDate(dateLine);
        if (written is not null)
        {
            minutes.Date = DateOf(written, $"{minutes.Title} {dateLine}", text, minutes.Warnings);
            (minutes.StartTime, minutes.EndTime) = MinutesDates.FindTimes(dateLine, written.End);
        }
        else
        {
            minutes.Warnings.Add("The minutes give no date for the meeting: enter it.");
        }

        if (minutes.StartTime is null && preamble.TimeLine is { } timeLine)
        {
            (minutes.StartTime, minutes.EndTime) = MinutesDates.FindTimes(timeLine);
        }

        if (minutes.StartTime is null)
        {
            minutes.StartTime = AssumedStart;
            minutes.Warnings.Add($"The minutes give no start time: {AssumedStart:HH:mm} was assumed.");
        }

        minutes.Type = ItemKinds.TypeOf(string.Join(" ", new[] { minutes.Title }
            .Concat(minutes.Items.Where(i => i.Kind != AgendaItemKind.NextMeeting).Select(i => i.Title))));
        minutes.Chair = PersonNamed(minutes.Chair, minutes.Attendees) ?? AssumedChair(minutes);
        minutes.MinuteTaker = PersonNamed(minutes.MinuteTaker, minutes.Attendees);
    }

    /// <summary>
    /// The date, its year found when not written: among the years the header then the whole text mention, the one on
    /// which the weekday falls; failing that the header's year, then the text's most mentioned — and said.
    /// </summary>
    private static DateOnly? DateOf(WrittenDate written, string header, string text, List<string> warnings)
    {
        if (written.Year is { } year)
        {
            var date = written.In(year);
            WarnIfWrongWeekday(date, written, warnings);
            return date;
        }

        var headerYears = MinutesDates.YearsMentioned(header);
        var candidates = headerYears.Concat(MinutesDates.YearsMentioned(text)).Distinct().ToList();
        var fits = written.Weekday is { } weekday ? candidates.FirstOrDefault(y => written.In(y)?.DayOfWeek == weekday) : 0;
        var chosen = fits != 0 ? fits : headerYears.Concat(candidates).FirstOrDefault();
        if (chosen == 0)
        {
            warnings.Add("The meeting's date gives no year and the minutes mention none: enter the date.");
            return null;
        }

        var result = written.In(chosen);
        warnings.Add($"The meeting's date gives no year: {chosen} was taken from the minutes' text.");
        WarnIfWrongWeekday(result, written, warnings);
        return result;
    }

    private static void WarnIfWrongWeekday(DateOnly? date, WrittenDate written, List<string> warnings)
    {
        if (date is { } d && written.Weekday is { } weekday && d.DayOfWeek != weekday)
        {
            warnings.Add($"The minutes say {weekday} but {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} was a {d.DayOfWeek}: check the date.");
        }
    }

    /// <summary>"PCC John Campion", "John Campion (PCC)", "Jackie Irvin Senior Policy Manager, OPCC": the person's name.</summary>
    private static string? PersonNamed(string? written, IReadOnlyList<ParsedAttendee> attendees)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var attendee = attendees.Where(a => a.Name.Length > 0 && written.Contains(a.Name, StringComparison.OrdinalIgnoreCase))
            .MaxBy(a => a.Name.Length);
        if (attendee is not null)
        {
            return attendee.Name;
        }

        var name = PostPrefix().Replace(Qualifier().Replace(written, ""), "").Trim();
        return LeadingName().Match(name) is { Success: true } leading ? leading.Value : name;
    }

    /// <summary>No chair written: the PCC chairs these meetings, so the attendee minuted as PCC is taken, and said.</summary>
    private static string? AssumedChair(ParsedMinutes minutes)
    {
        var pcc = minutes.Attendees.FirstOrDefault(a => a.Initials == "PCC" || a.Capacity.Contains("Commissioner", StringComparison.OrdinalIgnoreCase));
        minutes.Warnings.Add(pcc is null
            ? "The minutes name no chair: enter who chaired the meeting."
            : $"The minutes name no chair: {pcc.Name} ({pcc.Capacity}) was assumed.");
        return pcc?.Name;
    }

    [GeneratedRegex(@"\s*(?:\(.*?\)|[,–—-].*)$")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^(?:(?:[A-Z]+/\s*)?[A-Z]{2,}\s+)+")]
    private static partial Regex PostPrefix();

    // Two or three capitalised words: "Jackie Irvin Senior Policy Manager" is Jackie Irvin.
    [GeneratedRegex(@"^[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")]
    private static partial Regex LeadingName();
}
