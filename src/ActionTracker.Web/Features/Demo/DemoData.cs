using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// The demo's data: three real meetings from the seeds' minutes (with the meetings they name as next), and a sample
/// history marked <c>IsSample</c>, dated relative to today so that every action state and overdue bucket is always shown.
/// </summary>
public static class DemoData
{
    /// <summary>Seeds the three real meetings and a sample history, only when the database has no meetings.</summary>
    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Meetings.AnyAsync(ct))
        {
            return;
        }

        // One transaction: a half-seeded database would have people but no meetings, and be seeded twice on the next start.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var seed = new DemoSeed(db, today);
        DemoPeople.Add(seed);
        await db.SaveChangesAsync(ct);

        IDemoPart[] parts = [new DomesticAbuse2021(seed), new Victims2023(seed), new Vawg2024(seed), new SampleHistory(seed)];
        foreach (var part in parts)
        {
            part.AddMeetings();
        }

        // Action references embed the meeting's Id, so meetings are saved before any action is raised.
        await db.SaveChangesAsync(ct);
        seed.ApplyLinks();
        DemoMinutes.Record(db.Meetings.Local, today);
        foreach (var part in parts)
        {
            part.AddActions();
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}

/// <summary>One set of meetings and the actions raised at them.</summary>
internal interface IDemoPart
{
    void AddMeetings();

    void AddActions();
}
