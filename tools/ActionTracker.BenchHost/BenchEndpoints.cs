using System.Globalization;
using System.Runtime;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.BenchHost;

/// <summary>
/// The writer's side of bench/live-fanout.sh: each endpoint makes one edit through the real services, as the UI would,
/// and returns once the service has returned, so the benchmark can time from the write returning. Mapped only by the
/// bench host; the app's fallback policy still requires a signed-in caller, and the services still check permissions.
/// </summary>
public static class BenchEndpoints
{
    public static IEndpointRouteBuilder MapBenchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var bench = endpoints.MapGroup("/bench").AddEndpointFilter(async (context, next) =>
        {
            UseRequestUser(context.HttpContext);
            return await next(context);
        });
        bench.MapPost("/broadcast/value", async (string value, BenchMode mode, IChangeNotifier notifier) =>
        {
            await mode.BroadcastAsync(value, notifier);
            return Results.NoContent();
        });
        bench.MapPost("/meetings/{meetingId:int}/items/{itemId:int}/notes", async (int meetingId, int itemId, string token,
            MeetingNotesService notes, CancellationToken ct) =>
        {
            // As the notes editor saves: on the version it last saw (here, the item's current one).
            var saved = await notes.GetAsync(meetingId, itemId, ct) ?? throw new InvalidOperationException("No such agenda item.");
            await notes.SaveNotesAsync(new SaveNotes(meetingId, itemId, BenchNotes.WithToken(saved.Notes, token), saved.Version), ct);
            return Results.NoContent();
        });
        bench.MapPost("/meetings/{meetingId:int}/items/{itemId:int}/actions", async (int meetingId, int itemId, string token,
            IDbContextFactory<AppDbContext> dbFactory, ActionItemService actions, CancellationToken ct) =>
        {
            await actions.SaveAsync(await RaiseAsync(dbFactory, meetingId, itemId, token, ct), ct);
            return Results.NoContent();
        });
        // As a minute-taker rewording the action just raised under the item: the edit form saves the row it has read.
        bench.MapPost("/meetings/{meetingId:int}/items/{itemId:int}/actions/latest", async (int meetingId, int itemId, string token,
            IDbContextFactory<AppDbContext> dbFactory, ActionItemService actions, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var latest = (await db.ActionItems.AsNoTracking().Where(a => a.MeetingId == meetingId && a.AgendaItemId == itemId)
                .OrderByDescending(a => a.Number).Take(1).ToRowsAsync(db, ct)).SingleOrDefault()
                ?? throw new InvalidOperationException("No action has been raised under this item yet.");
            var edit = SaveActionItem.From(latest);
            edit.Description = $"Bench action {token}";
            await actions.SaveAsync(edit, ct);
            return Results.NoContent();
        });
        // A fresh item at the end of the agenda, holding the question and notes of item {itemId}: each measured phase
        // starts from the same page, not from the actions the phases before it raised.
        bench.MapPost("/meetings/{meetingId:int}/items/{itemId:int}/copy", async (int meetingId, int itemId, MeetingService meetings,
            CancellationToken ct) =>
        {
            var agenda = await meetings.GetAgendaAsync(meetingId, ct);
            var from = agenda.Single(i => i.Id == itemId);
            var number = agenda.Max(i => int.TryParse(i.Number, CultureInfo.InvariantCulture, out var n) ? n : 0) + 1;
            var id = await meetings.SaveAgendaItemAsync(new SaveAgendaItem
            {
                MeetingId = meetingId, Number = number.ToString(CultureInfo.InvariantCulture), Title = $"Bench item {number}",
                Kind = AgendaItemKind.General, Question = from.Question, Notes = from.Notes,
            }, ct);
            return Results.Text(id.ToString(CultureInfo.InvariantCulture));
        });
        // Managed heap after a full, compacting collection: what the connected circuits really hold.
        bench.MapPost("/heap", () =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            return Results.Text(GC.GetTotalMemory(forceFullCollection: true).ToString(CultureInfo.InvariantCulture));
        });
        // Methods the JIT has compiled so far, and its time: the benchmark warms up until its edits compile next to none.
        bench.MapPost("/jit", () => Results.Text(string.Create(CultureInfo.InvariantCulture,
            $"{JitInfo.GetCompiledMethodCount()} {JitInfo.GetCompilationTime().TotalMilliseconds:F1}")));
        return endpoints;
    }

    /// <summary>An action as the raise-action form would send it: owned by the chair, due a fortnight after the meeting.</summary>
    private static async Task<SaveActionItem> RaiseAsync(
        IDbContextFactory<AppDbContext> dbFactory, int meetingId, int itemId, string token, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { m.ChairId, m.Date }).SingleAsync(ct);
        return new SaveActionItem
        {
            MeetingId = meetingId, AgendaItemId = itemId, Description = $"Bench action {token}",
            Owners = [OwnerChoice.Person(meeting.ChairId)], DueDate = meeting.Date.AddDays(14),
        };
    }

    // Outside a circuit nobody has set the authentication state the services read; the request's user is the caller.
    private static void UseRequestUser(HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }
    }
}
