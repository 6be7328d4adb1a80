using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Public;

/// <summary>
/// What anyone may read without signing in: published meetings and the actions raised at them. Confidential items, and
/// the actions raised under them, are left out of every query here, so no list, search, count or log can reveal them.
/// </summary>
public sealed class PublicRecordService(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Published meetings, newest first, optionally only those whose public minutes mention <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<PublishedMeeting>> ListMeetingsAsync(string? search, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Published);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            meetings = meetings.Where(m => EF.Functions.Like(m.Title, pattern)
                || m.AgendaItems.Any(i => !i.IsConfidential
                    && (EF.Functions.Like(i.Title, pattern) || EF.Functions.Like(i.Question!, pattern) || EF.Functions.Like(i.Notes!, pattern)))
                || m.ActionItems.Any(a => (a.AgendaItemId == null || !a.AgendaItem!.IsConfidential) && EF.Functions.Like(a.Description, pattern)));
        }

        return await meetings.OrderByDescending(m => m.Date)
            .Select(m => new PublishedMeeting(m.Id, m.Title, m.Series!.Name, m.Type, m.Date))
            .ToListAsync(ct);
    }

    /// <summary>The public action log: actions raised at published meetings, except under confidential items.</summary>
    public async Task<IReadOnlyList<PublicAction>> ListActionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ActionItems.AsNoTracking()
            .Where(a => a.Meeting!.Status == MeetingStatus.Published && (a.AgendaItemId == null || !a.AgendaItem!.IsConfidential))
            .OrderByDescending(a => a.Meeting!.Date).ThenBy(a => a.Number)
            .ToRowsAsync(db, ct);
        return [.. rows.Select(a => new PublicAction(a.Reference, a.Description, a.MeetingId, a.MeetingTitle, a.MeetingDate,
            OwnerText.Join(a.Owners), UkFormat.Date(a.DueDate) ?? (a.TargetMeetingTitle is { } target ? $"By: {target}" : "Not set"), a.Status))];
    }
}

public sealed record PublishedMeeting(int Id, string Title, string SeriesName, MeetingType Type, DateOnly Date)
{
    public string TypeName => MeetingText.TypeName(Type);
}

public sealed record PublicAction(
    string Reference, string Description, int MeetingId, string MeetingTitle, DateOnly MeetingDate, string Owners, string Due, ActionStatus Status);
