using ActionTracker.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Data;

public sealed class SqliteMemoryMapTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"mmap-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task EveryOpen_FirstAndPooled_IsMemoryMapped()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={_file}").AddInterceptors(new SqliteMemoryMap()).Options;

        // The second context borrows the pooled connection the first returned: the setting must still be there.
        for (var open = 0; open < 2; open++)
        {
            await using var db = new AppDbContext(options);
            await db.Database.OpenConnectionAsync();
            await using var query = db.Database.GetDbConnection().CreateCommand();
            query.CommandText = "PRAGMA mmap_size;";
            Assert.Equal(268435456L, await query.ExecuteScalarAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
