using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Infrastructure;

/// <summary>Optimistic concurrency for edits: a save never silently overwrites someone else's change.</summary>
public static class VersionedRows
{
    /// <summary>Loads a row for editing and checks it still has the version the user saw; EF then re-checks it in the UPDATE.</summary>
    public static async Task<T> FindForEditAsync<T>(IQueryable<T> rows, int id, Guid version, string what, CancellationToken ct)
        where T : class, IVersioned
    {
        var entity = await rows.SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, ct)
            ?? throw new ConcurrencyConflictException($"This {what} no longer exists: someone else may have removed it.");
        if (entity.Version != version)
        {
            throw ConflictFor(what);
        }

        return entity;
    }

    public static async Task SaveOrReportConflictAsync(AppDbContext db, string what, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ConflictFor(what);
        }
    }

    private static ConcurrencyConflictException ConflictFor(string what) =>
        new($"Someone else changed this {what} while you were editing it. Theirs was not overwritten.");
}
