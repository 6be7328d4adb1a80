using Microsoft.Data.Sqlite;

namespace ActionTracker.Web.Data;

/// <summary>
/// `dotnet run --project src/ActionTracker.Web -- --backup /backups/actiontracker-2026-12-07.db` copies the configured
/// database, consistently, while the app serves users; nothing else runs (see README, Back up and restore).
/// </summary>
public static class DatabaseBackupCommand
{
    private const string Option = "--backup";

    public static bool IsRequested(string[] args) => args.Contains(Option);

    /// <summary>Returns the process exit code: 0 backed up, 1 failed (one line says why), 2 no target given.</summary>
    public static int Run(SqliteFile file, string[] args)
    {
        var index = Array.IndexOf(args, Option);
        var target = index + 1 < args.Length ? args[index + 1] : null;
        if (string.IsNullOrWhiteSpace(target) || target.StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Usage: {Option} <path of the new backup file>");
            return 2;
        }

        try
        {
            file.BackupTo(target);
            Console.WriteLine($"Backed up {file.Path} to {Path.GetFullPath(target)} ({new FileInfo(target).Length / 1024} KB).");
            return 0;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Backup failed: {e.Message}");
            return 1;
        }
    }
}
