using System.Globalization;
using ActionTracker.Web.Data.Entities;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ActionTracker.Web.Features.ActionItems.Tracker;

/// <summary>
/// A view of the tracker. It lives in the URL (see <see cref="ToQueryString"/>), so every filtered view has a permalink,
/// and the dashboard's figures link to exactly the actions they count.
/// </summary>
public sealed record ActionFilter
{
    /// <summary>The theme filter's value for actions without a theme.</summary>
    public const string NoTheme = "(none)";

    public IReadOnlyList<ActionStatus> Statuses { get; init; } = [];

    /// <summary>
    /// "person:5" (the person, or a post they hold today: whose actions these are, as My actions shows them),
    /// "named-person:5" (the person named as an owner in their own right, not through a post), "post:3", "body:the CRB",
    /// or a post while one person held it, "post:3:held-by:5", or nobody did, "post:3:vacant", on each action's due
    /// day (see <see cref="PostHeldBy"/>).
    /// </summary>
    public string? Owner { get; init; }
    public int? MeetingId { get; init; }
    public int? SeriesId { get; init; }

    /// <summary>A theme, or <see cref="NoTheme"/> for actions without one.</summary>
    public string? Theme { get; init; }
    public bool OverdueOnly { get; init; }
    public DateOnly? DueFrom { get; init; }
    public DateOnly? DueTo { get; init; }

    /// <summary>Raised at a meeting held from this day (inclusive).</summary>
    public DateOnly? RaisedFrom { get; init; }
    public DateOnly? RaisedTo { get; init; }

    /// <summary>Closed from this day (inclusive), the day as in London.</summary>
    public DateOnly? ClosedFrom { get; init; }
    public DateOnly? ClosedTo { get; init; }
    public string? Search { get; init; }

    /// <summary>"due" (soonest, so most overdue, first), "due-desc", "raised" (default: newest meeting first), "reference" or "status".</summary>
    public string? Sort { get; init; }

    public bool IsEmpty => this == new ActionFilter { Sort = Sort };

    /// <summary>
    /// The <see cref="Owner"/> value for the actions owned by a post that <paramref name="holderId"/> held on the action's
    /// due day, or that nobody held when it is null: "ACC (Richard Cooper)" as the owner text shows it (see <see cref="OwnerHolders"/>).
    /// </summary>
    public static string PostHeldBy(int postId, int? holderId) => holderId is { } personId
        ? string.Create(CultureInfo.InvariantCulture, $"post:{postId}:held-by:{personId}")
        : string.Create(CultureInfo.InvariantCulture, $"post:{postId}:vacant");

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Statuses.Count == 0 ? null : string.Join(',', Statuses),
            ["owner"] = Owner,
            ["meeting"] = MeetingId?.ToString(CultureInfo.InvariantCulture),
            ["series"] = SeriesId?.ToString(CultureInfo.InvariantCulture),
            ["theme"] = Theme,
            ["overdue"] = OverdueOnly ? "true" : null,
            ["dueFrom"] = Format(DueFrom),
            ["dueTo"] = Format(DueTo),
            ["raisedFrom"] = Format(RaisedFrom),
            ["raisedTo"] = Format(RaisedTo),
            ["closedFrom"] = Format(ClosedFrom),
            ["closedTo"] = Format(ClosedTo),
            ["q"] = Search,
            ["sort"] = Sort,
        };
        return QueryHelpers.AddQueryString("", query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    public static ActionFilter FromQuery(IReadOnlyDictionary<string, string?> query) => new()
    {
        Statuses = (Get(query, "status") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<ActionStatus>(s, ignoreCase: true, out var status) ? status : (ActionStatus?)null)
            .OfType<ActionStatus>().Distinct().ToList(),
        Owner = Get(query, "owner"),
        MeetingId = int.TryParse(Get(query, "meeting"), CultureInfo.InvariantCulture, out var meeting) ? meeting : null,
        SeriesId = int.TryParse(Get(query, "series"), CultureInfo.InvariantCulture, out var series) ? series : null,
        Theme = Get(query, "theme"),
        OverdueOnly = string.Equals(Get(query, "overdue"), "true", StringComparison.OrdinalIgnoreCase),
        DueFrom = ParseDate(query, "dueFrom"),
        DueTo = ParseDate(query, "dueTo"),
        RaisedFrom = ParseDate(query, "raisedFrom"),
        RaisedTo = ParseDate(query, "raisedTo"),
        ClosedFrom = ParseDate(query, "closedFrom"),
        ClosedTo = ParseDate(query, "closedTo"),
        Search = Get(query, "q"),
        Sort = Get(query, "sort"),
    };

    /// <summary>From a parsed query string: the page's own URL, or the request of a download of the same view.</summary>
    public static ActionFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query) =>
        FromQuery(query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString()));

    private const string DateFormat = "yyyy-MM-dd";

    private static string? Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(IReadOnlyDictionary<string, string?> query, string key) =>
        DateOnly.TryParseExact(Get(query, key), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Get(IReadOnlyDictionary<string, string?> query, string key) =>
        query.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
