using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Import;

/// <summary>What the review screen shows: the minutes as read, each action with its owners and due date, whether
/// these minutes (or a meeting on the same day and time) are already on the system, the earlier actions the matters
/// brought forward are, the next meeting, and the series' scheduled meeting these minutes complete (if it has one that day).</summary>
public sealed record ImportPreview(
    ImportMinutes Input, IReadOnlyList<PreviewAction> Actions, string? AlreadyImported, IReadOnlyList<string> SameDay,
    IReadOnlyList<PreviewMatter> BroughtForward, PreviewNextMeeting? Next, MeetingLink? Scheduled);

/// <summary>The next meeting the minutes give: an existing meeting of the series on that day, or one the import will schedule.</summary>
public sealed record PreviewNextMeeting(DateTime When, MeetingLink? Existing);

public sealed record PreviewAction(ParsedAction Action, IReadOnlyList<ImportedOwner> Owners, DateOnly Due);

/// <summary>
/// Brings past minutes in: reads them for review, and creates a draft meeting (its series, the people not yet on the
/// system, attendance, items with their notes, and the actions with their owners) only when confirmed.
/// </summary>
public sealed class MinutesImportService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<ImportMinutes> validator,
    IChangeNotifier notifier,
    CurrentUser currentUser,
    AppClock clock)
{
    /// <summary>A series name to start from: the existing series of the minutes' meeting type, if there is just one.</summary>
    public const string DefaultSeries = "Imported minutes";

    /// <summary>Due date of an action when the minutes give no next meeting: the period the OPCC usually allows.</summary>
    public const int DefaultDueDays = 28;

    public async Task<ImportPreview> ReadAsync(string text, string sourceName, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        var minutes = MinutesParser.Parse(text);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var series = await db.MeetingSeries.AsNoTracking().Where(s => s.Type == minutes.Type).Select(s => s.Name).Take(2).ToListAsync(ct);
        var input = new ImportMinutes { Text = text, SourceName = sourceName, SeriesName = series.Count == 1 ? series[0] : DefaultSeries, Minutes = minutes };
        return await PreviewAsync(db, input, ct);
    }

    /// <summary>The preview again after the secretariat corrected the header or attendance (owners may now resolve differently).</summary>
    public async Task<ImportPreview> ReviewAsync(ImportMinutes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PreviewAsync(db, input, ct);
    }

    public async Task<IReadOnlyList<string>> SeriesNamesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MeetingSeries.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
    }

    /// <summary>Creates the draft meeting and returns its id; refused, with nothing saved, without permission or when invalid.</summary>
    public async Task<int> ImportAsync(ImportMinutes input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await currentUser.EnsureAsync(Permission.ManageActions);
        var (meetingId, linked) = await SaveAsync(dbFactory, validator, input, await currentUser.GetDisplayNameAsync(), clock.UtcNow, ct);
        await notifier.PublishAsync(new MeetingChanged(meetingId));
        foreach (var action in linked)
        {
            await notifier.PublishAsync(new ActionChanged(action.MeetingId, action.Id));
        }

        return meetingId;
    }

    /// <summary>
    /// Validates and saves, with no permission check: the one path of the review screen (after its check) and of the
    /// server-side `--import-minutes` command, which runs with the server's own rights as `--create-admin` does.
    /// </summary>
    /// <returns>The draft meeting's id, and the earlier actions it recorded an update on (brought forward).</returns>
    internal static async Task<(int MeetingId, IReadOnlyList<LinkedAction> Linked)> SaveAsync(
        IDbContextFactory<AppDbContext> dbFactory, IValidator<ImportMinutes> validator, ImportMinutes input, string by, DateTime nowUtc, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var preview = await PreviewAsync(db, input, ct);
        var meetingId = await DraftMeetingWriter.SaveAsync(db, preview, by, nowUtc, ct);
        return (meetingId, [.. preview.BroughtForward.Select(m => m.Action).OfType<LinkedAction>()]);
    }

    internal static async Task<ImportPreview> PreviewAsync(AppDbContext db, ImportMinutes input, CancellationToken ct)
    {
        var minutes = input.Minutes;
        var owners = await ImportOwners.LoadAsync(db, minutes, ct);
        var due = minutes.NextMeeting is { } next ? DateOnly.FromDateTime(next) : (minutes.Date ?? DateOnly.MinValue).AddDays(DefaultDueDays);
        var actions = minutes.Actions.Select(a => new PreviewAction(a, owners.Resolve(a.OwnerText), due)).ToList();

        var hash = ImportFingerprint.Of(input.Text);
        var earlier = await db.MinutesImports.AsNoTracking().Where(m => m.ContentHash == hash)
            .Select(m => new { m.MeetingId, m.Meeting!.Title }).FirstOrDefaultAsync(ct);
        var seriesId = await SeriesIdAsync(db, input.SeriesName, ct);
        var scheduled = await SeriesMeetings.ScheduledAsync(db, seriesId, minutes, ct);
        var scheduledId = scheduled?.Id ?? 0;
        var sameDay = minutes.Date is { } date
            ? await db.Meetings.AsNoTracking().Where(m => m.Date == date && m.StartTime == minutes.StartTime && m.Id != scheduledId)
                .Select(m => $"{m.Title} (meeting {m.Id}, {m.Series!.Name})").ToListAsync(ct)
            : [];
        return new ImportPreview(input, actions, earlier is null ? null : ImportFingerprint.AlreadyImported(earlier.MeetingId, earlier.Title), sameDay,
            await BroughtForwardLinks.FindAsync(db, seriesId, minutes, ct), await SeriesMeetings.NextAsync(db, seriesId, minutes, ct), scheduled);
    }

    /// <summary>The series named, whatever the case (as the import files the meeting); null for a series the import will start.</summary>
    internal static async Task<int?> SeriesIdAsync(AppDbContext db, string name, CancellationToken ct)
    {
        var all = await db.MeetingSeries.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return all.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
