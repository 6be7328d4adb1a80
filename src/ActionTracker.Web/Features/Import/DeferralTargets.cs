using System.Globalization;
using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// The later meeting an imported item was deferred to ("the next meeting", "the October meeting", "the September
/// Performance meeting"): the first meeting of the same series in the year after this one whose month or title fits the
/// words (a year on, "the November meeting" is another November's). None found (not yet scheduled, or the words fit
/// none) gives null: the deferral stays in the notes and flagged on review.
/// </summary>
internal static class DeferralTargets
{
    public static async Task<Func<string?, int?>> LoadAsync(AppDbContext db, int seriesId, DateOnly after, CancellationToken ct)
    {
        var later = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == seriesId && m.Date > after && m.Date <= after.AddYears(1))
            .OrderBy(m => m.Date).Select(m => new { m.Id, m.Title, m.Date }).ToListAsync(ct);
        return deferredTo =>
        {
            if (deferredTo is null)
            {
                return null;
            }

            var words = Words(deferredTo);
            if (words is [var only] && only.Equals("next", StringComparison.OrdinalIgnoreCase))
            {
                return later.FirstOrDefault()?.Id;
            }

            return later.FirstOrDefault(m => Fits(words, m.Title, m.Date))?.Id;
        };
    }

    /// <summary>The words that tell a meeting named in minutes apart ("the May 2020 Performance meeting": May, 2020, Performance).</summary>
    public static IReadOnlyList<string> Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => !w.Equals("meeting", StringComparison.OrdinalIgnoreCase) && !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Whether every word is the meeting's month, its year, or in its title.</summary>
    public static bool Fits(IReadOnlyList<string> words, string title, DateOnly date) => words.All(w =>
        IsMonth(w, date) || w == date.Year.ToString(CultureInfo.InvariantCulture) || title.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsMonth(string word, DateOnly date) =>
        word.Equals(date.ToString("MMMM", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
        || word.Equals(date.ToString("MMM", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
}
