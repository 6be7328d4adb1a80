using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems.Tracker;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.ActionItems;

/// <summary>Raising, editing and moving actions. Every change is validated, saved with its history row, then published.</summary>
public sealed class ActionItemService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<SaveActionItem> saveValidator,
    IValidator<ChangeActionStatus> statusValidator,
    IChangeNotifier notifier,
    AppClock clock,
    CurrentUser currentUser)
{
    /// <summary>One page of the tracker for a filter, with the filter's total: counted, sorted and paged in SQL.</summary>
    public async Task<TrackerPage> QueryAsync(ActionFilter filter, int skip, int take, CancellationToken ct = default)
    {
        // Counting and reading the page are independent. Microsoft.Data.Sqlite's async methods run synchronously, so the
        // count goes to the thread pool on its own context: on 100,000 actions a search's page then takes ~20 ms, not ~35.
        var total = Task.Run(() => CountAsync(filter, ct), ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today;
        // The page's ids first, sorted on narrow index entries; only those few actions are then read in full.
        var page = ActionQuery.Sort(ActionQuery.Apply(db, filter, today), filter.Sort).Skip(skip).Take(take).Select(a => a.Id);
        var rows = await ActionQuery.Sort(db.ActionItems.AsNoTracking().Where(a => page.Contains(a.Id)), filter.Sort).ToRowsAsync(db, ct);
        return new TrackerPage(await WithFlagsAsync(db, rows, today, ct), await total);
    }

    public async Task<int> CountAsync(ActionFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ActionQuery.Apply(db, filter, clock.Today).CountAsync(ct);
    }

    public async Task<TrackerOptions> GetTrackerOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new FilterOption($"person:{p.Id}", p.Name)).ToListAsync(ct);
        var named = await db.ActionOwners.AsNoTracking().Where(o => o.PersonId != null).Select(o => new { Id = o.PersonId!.Value, o.Person!.Name }).Distinct()
            .OrderBy(p => p.Name).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().OrderBy(p => p.Abbreviation).Select(p => new { p.Id, p.Abbreviation, p.Title }).ToListAsync(ct);
        var holders = (await db.PostHoldings.AsNoTracking().Select(h => new { h.PostId, h.PersonId, h.Person!.Name }).Distinct().ToListAsync(ct))
            .ToLookup(h => h.PostId);
        var bodies = await db.ActionOwners.AsNoTracking().Where(o => o.BodyName != null).Select(o => o.BodyName!).Distinct().OrderBy(b => b).ToListAsync(ct);
        var series = await db.MeetingSeries.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().OrderByDescending(m => m.Date).Select(m => new { m.Id, m.Title, m.Date }).ToListAsync(ct);
        var themes = await db.ActionItems.AsNoTracking().Where(a => a.Theme != null).Select(a => a.Theme!).Distinct().OrderBy(t => t).ToListAsync(ct);
        if (await db.ActionItems.AnyAsync(a => a.Theme == null, ct))
        {
            themes.Add(ActionFilter.NoTheme);
        }

        return new TrackerOptions(
            [.. posts.SelectMany(p => PostOptions(p.Id, p.Abbreviation, p.Title, holders[p.Id].Select(h => (h.PersonId, h.Name)))),
                .. people, .. named.Select(p => new FilterOption($"named-person:{p.Id}", $"{p.Name} – named personally")),
                .. bodies.Select(b => new FilterOption($"body:{b}", b))],
            meetings.Select(m => new FilterOption(m.Id.ToString(UkFormat.Culture), $"{UkFormat.ShortDate(m.Date)} – {m.Title}")).ToList(),
            series.Select(s => new FilterOption(s.Id.ToString(UkFormat.Culture), s.Name)).ToList(), themes);
    }

    // The post, then the post while each of its holders held it and while nobody did, as the dashboard's by-owner bars
    // open them: without these, the tracker's owner list would show "Any owner" for such a view.
    private static IEnumerable<FilterOption> PostOptions(int postId, string abbreviation, string title, IEnumerable<(int PersonId, string Name)> holders)
    {
        yield return new FilterOption($"post:{postId}", $"{abbreviation} – {title}");
        foreach (var (personId, name) in holders.OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            yield return new FilterOption(ActionFilter.PostHeldBy(postId, personId), OwnerText.Post(abbreviation, name));
        }

        yield return new FilterOption(ActionFilter.PostHeldBy(postId, null), OwnerText.Post(abbreviation, null));
    }

    private static async Task<IReadOnlyList<TrackerRow>> WithFlagsAsync(AppDbContext db, List<ActionItemRow> rows, DateOnly today, CancellationToken ct)
    {
        var notReceived = await UpdateNotReceived.FlaggedAsync(db, rows.Select(r => r.Id).ToList(), today, ct);
        return rows.Select(row => ToTrackerRow(row, today) with { UpdateNotReceived = notReceived.Contains(row.Id) }).ToList();
    }

    private static TrackerRow ToTrackerRow(ActionItemRow a, DateOnly today) => new(a.Id, a.Reference, a.Description, OwnerText.Join(a.Owners),
        a.MeetingId, $"{a.MeetingTitle} ({UkFormat.ShortDate(a.MeetingDate)})", a.MeetingDate, a.AgendaNumber, a.DueDate ?? a.TargetMeetingDate,
        a.TargetMeetingTitle, a.Status, ActionStatusRules.Name(a.Status), a.Theme, Overdue.Days(a.DueDate ?? a.TargetMeetingDate, a.Status, today));

    /// <summary>
    /// Every row of a tracker view, not one page, in the view's order, each with the action's latest update: what the
    /// downloads hold. Same filter, sort and row mapping as <see cref="QueryAsync"/>, so a download matches the screen.
    /// </summary>
    public async Task<IReadOnlyList<TrackerExportRow>> ExportAsync(ActionFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today;
        var rows = await ActionQuery.Sort(ActionQuery.Apply(db, filter, today), filter.Sort)
            .ToRowsWithLatestUpdateAsync(db, ct);
        return rows.Select(row => new TrackerExportRow(ToTrackerRow(row.Action, today),
            row.LatestUpdate is { } update ? $"{UkFormat.LondonShortDate(update.AtUtc)}: {update.Text}" : null)).ToList();
    }

    public async Task<ActionDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var action = (await db.ActionItems.AsNoTracking().Where(a => a.Id == id).ToRowsAsync(db, ct)).SingleOrDefault();
        if (action is null)
        {
            return null;
        }

        var history = await db.ActionUpdates.AsNoTracking().Where(u => u.ActionItemId == id).OrderBy(u => u.AtUtc).ThenBy(u => u.Id)
            .Select(u => new HistoryEntry(u.AtUtc, u.By, u.Change, u.From, u.To, u.Note, u.Link)).ToListAsync(ct);
        var pending = await db.ExtensionRequests.AsNoTracking().Where(r => r.ActionItemId == id && r.Decision == ExtensionDecision.Pending)
            .Select(r => new PendingExtension(r.Id, r.RequestedDueDate, r.Reason, r.RequestedBy, r.RequestedAtUtc, r.Version)).SingleOrDefaultAsync(ct);
        return new ActionDetails(action, Overdue.Days(action.DueDate ?? action.TargetMeetingDate, action.Status, clock.Today), history, pending);
    }

    /// <summary>Raises a new action (Id 0) or edits one; returns its id.</summary>
    public async Task<int> SaveAsync(SaveActionItem input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageActions);
        await saveValidator.ValidateAndThrowAsync(input, ct);
        var history = new ActionHistory(await currentUser.GetDisplayNameAsync(), clock.UtcNow);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        ActionItem action;
        if (input.Id == 0)
        {
            var number = (await db.ActionItems.Where(a => a.MeetingId == input.MeetingId).MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;
            action = db.ActionItems.Add(new ActionItem
            {
                MeetingId = input.MeetingId,
                Number = number,
                Reference = ActionReference.For(input.MeetingId, number),
                Description = "",
                Status = ActionStatus.Open,
                CreatedAtUtc = clock.UtcNow,
            }).Entity;
            history.Record(action, "Raised", null, null, $"Action {number}");
        }
        else
        {
            action = await VersionedRows.FindForEditAsync(
                db.ActionItems.Include(a => a.Owners).Where(a => a.MeetingId == input.MeetingId), input.Id, input.Version, "action", ct);

            // Owners are rows of their own: without this, an edit of the owners alone leaves the action row unchanged,
            // its Version is not renewed, and a later edit from the same stale read would silently overwrite it.
            db.Entry(action).Property(a => a.Version).IsModified = true;
        }

        var ownersBefore = action.Owners.Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)).ToList();
        await ApplyEditsAsync(db, action, input, history, ct);
        await ActionNotifications.OwnersAddedAsync(db, action, ownersBefore, clock, ct);
        await ActionSaves.SaveAndPublishAsync(db, action, notifier, ct);
        return action.Id;
    }

    public async Task ChangeStatusAsync(ChangeActionStatus input, CancellationToken ct = default)
    {
        if (await currentUser.EnsureManagesOrOwnsAsync(input.ActionItemId, ct) && !ActionStatusRules.OwnerMayMoveTo(input.Status))
        {
            throw new PermissionDeniedException(
                "As the action's owner you can mark it in progress, or complete it with evidence; the OPCC secretariat signs it off, defers or cancels it.");
        }

        await statusValidator.ValidateAndThrowAsync(input, ct);
        var history = new ActionHistory(await currentUser.GetDisplayNameAsync(), clock.UtcNow);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var action = await VersionedRows.FindForEditAsync(db.ActionItems, input.ActionItemId, input.Version, "action", ct);
        history.Record(action, "Status", ActionStatusRules.Name(action.Status), ActionStatusRules.Name(input.Status), input.Note);
        var from = action.Status;
        action.Status = input.Status;
        action.ClosedAtUtc = input.Status == ActionStatus.Closed ? clock.UtcNow : null;
        if (input.Status == ActionStatus.Deferred)
        {
            action.DeferralCount++;
        }

        await ActionNotifications.StatusChangedAsync(db, action, from, history.By, input.Note, clock, ct);
        await ActionSaves.SaveAndPublishAsync(db, action, notifier, ct);
    }

    private static async Task ApplyEditsAsync(AppDbContext db, ActionItem action, SaveActionItem input, ActionHistory history, CancellationToken ct)
    {
        var description = input.Description.Trim();
        var theme = string.IsNullOrWhiteSpace(input.Theme) ? null : input.Theme.Trim();
        if (action.Id != 0)
        {
            history.RecordIfChanged(action, "Description", action.Description, description);
            history.RecordIfChanged(action, "Due date", UkFormat.Date(action.DueDate), UkFormat.Date(input.DueDate));
            history.RecordIfChanged(action, "Target meeting", await MeetingTitleAsync(db, action.TargetMeetingId, ct), await MeetingTitleAsync(db, input.TargetMeetingId, ct));
            history.RecordIfChanged(action, "Theme", action.Theme, theme);
            history.RecordIfChanged(action, "Owners", await OwnersTextAsync(db, action.Owners.Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)), ct),
                await OwnersTextAsync(db, input.Owners, ct));
        }

        action.Description = description;
        action.AgendaItemId = input.AgendaItemId;
        action.DueDate = input.DueDate;
        action.TargetMeetingId = input.TargetMeetingId;
        action.Theme = theme;
        action.Owners.Clear();
        action.Owners.AddRange(input.Owners.Select(o => new ActionOwner { PersonId = o.PersonId, PostId = o.PostId, BodyName = o.BodyName?.Trim() }));
    }

    private static async Task<string?> MeetingTitleAsync(AppDbContext db, int? meetingId, CancellationToken ct) =>
        meetingId is null ? null : await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Title).SingleOrDefaultAsync(ct);

    private static async Task<string> OwnersTextAsync(AppDbContext db, IEnumerable<OwnerChoice> owners, CancellationToken ct)
    {
        var names = new List<string>();
        foreach (var owner in owners)
        {
            names.Add(owner.BodyName?.Trim()
                ?? (owner.PersonId is { } personId
                    ? await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleAsync(ct)
                    : await db.Posts.Where(p => p.Id == owner.PostId).Select(p => p.Abbreviation).SingleAsync(ct)));
        }

        return string.Join(", ", names);
    }
}
