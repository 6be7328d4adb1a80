using ActionTracker.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Infrastructure;

/// <summary>
/// Whether the database the app writes to is still there and usable. A pooled connection keeps writing to a file that
/// was moved away or replaced, so the check opens the configured path afresh: the file must exist, be a database, carry
/// the identity the app started with, and take a write (in a transaction that is rolled back).
/// </summary>
public sealed partial class DatabaseHealth(SqliteFile file, IDbContextFactory<AppDbContext> dbFactory, ILogger<DatabaseHealth> logger)
{
    private Guid? _identity;

    /// <summary>Called at start-up with the identity read from the database the app opened.</summary>
    public void Remember(Guid identity) => _identity = identity;

    /// <summary>Null when healthy; otherwise what is wrong, in words an operator can act on.</summary>
    public async Task<string?> FindProblemAsync(CancellationToken ct)
    {
        var problem = await CheckAsync(ct);
        if (problem is not null)
        {
            LogUnhealthy(logger, problem);
            // Pooled connections may still point at a file moved away: drop them, so the next write fails loudly.
            SqliteConnection.ClearAllPools();
        }

        return problem;
    }

    private async Task<string?> CheckAsync(CancellationToken ct)
    {
        try
        {
            if (!file.IsFile)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                await db.Meetings.AnyAsync(ct);
                return null;
            }

            if (!File.Exists(file.Path))
            {
                return $"The database file {file.Path} is missing.";
            }

            await using var connection = file.OpenDirect(busyTimeoutSeconds: 5);
            await using var transaction = connection.BeginTransaction();
            var identity = await ScalarAsync(connection, "SELECT Marker FROM DatabaseIdentity WHERE Id = 1", ct);
            if (!Guid.TryParse(identity, out var found) || found != _identity)
            {
                return $"The database file {file.Path} is not the one the app opened (it was replaced). Restart the app.";
            }

            await ScalarAsync(connection, "UPDATE DatabaseIdentity SET Marker = Marker WHERE Id = 1", ct);
            await transaction.RollbackAsync(ct);
            return null;
        }
        catch (SqliteException e)
        {
            return $"The database file {file.Path} cannot be read or written: {e.Message}";
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(ct))?.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unhealthy: {Problem}")]
    private static partial void LogUnhealthy(ILogger logger, string problem);
}
