namespace ActionTracker.Web.Data.Demo;

// Placeholder until the demo-data branch is merged.
public static class DemoData
{
    public static Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default) => Task.CompletedTask;
}
