using Microsoft.Data.Sqlite;

namespace ActionTracker.Web.Data;

/// <summary>
/// Turns a database failure at start-up into one line an operator can act on — the path, the reason, what to do —
/// instead of a stack trace.
/// </summary>
public static class DatabaseStartupProblem
{
    private const string Configure = "set ConnectionStrings__ActionTracker to \"Data Source=/path/to/actiontracker.db\"";

    /// <summary>The line to print, or null when the failure is not about the database file.</summary>
    public static string? Describe(Exception exception, SqliteFile file) => exception switch
    {
        DirectoryNotFoundException => $"ActionTracker cannot start: the folder of the database file {file.Path} does not exist. Create the folder, or {Configure}.",
        UnauthorizedAccessException or IOException => $"ActionTracker cannot start: the database file {file.Path} cannot be created ({exception.Message}). {Configure} in a folder the app may write to.",
        SqliteException { SqliteErrorCode: 26 or 11 } => $"ActionTracker cannot start: {file.Path} is not a readable ActionTracker database ({exception.Message}). Restore it from a backup (see README, Back up and restore), or {Configure}.",
        SqliteException { SqliteErrorCode: 14 or 8 or 23 } => $"ActionTracker cannot start: the database file {file.Path} cannot be opened for writing ({exception.Message}). Check that it and its folder exist and the app may write to them, or {Configure}.",
        _ => null,
    };
}
