using System.Collections.Concurrent;
using System.Diagnostics;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Data;

/// <summary>`--backup` while a writer is saving: the backup, restored into a fresh database, holds every row committed before it began.</summary>
public sealed class DatabaseBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actiontracker-backup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Backup_DuringWrites_RestoredDatabaseHoldsEveryRowCommittedBeforeIt_AndNoHalfWrittenOne()
    {
        var live = new SqliteFile($"Data Source={Path.Combine(_folder, "live.db")}");
        live.CreateOrCheck();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(live.AppConnectionString).Options;
        await using (var db = new AppDbContext(options))
        {
            await DatabaseSetup.PrepareAsync(db);
        }

        var committed = new ConcurrentQueue<int>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await using var db = new AppDbContext(options);
                var person = db.People.Add(new Person { Name = $"Writer {i}" }).Entity;
                await db.SaveChangesAsync();
                committed.Enqueue(person.Id);
            }
        });
        while (committed.Count < 50)
        {
            await Task.Delay(10);
        }

        var committedBefore = committed.ToArray();
        var backupPath = Path.Combine(_folder, "backup.db");
        var (exitCode, output) = await RunBackupAsync(live.Path, backupPath);
        var countAfterBackup = committed.Count;
        while (committed.Count < countAfterBackup + 20)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await writer;
        Assert.Equal(0, exitCode);
        Assert.Contains($"Backed up {live.Path} to {backupPath}", output, StringComparison.Ordinal);

        var restoredPath = Path.Combine(_folder, "restored.db");
        File.Copy(backupPath, restoredPath);
        var restored = new SqliteFile($"Data Source={restoredPath}");
        restored.CreateOrCheck();
        await using var fresh = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(restored.AppConnectionString).Options);
        await DatabaseSetup.PrepareAsync(fresh);
        var restoredIds = await fresh.People.Where(p => p.Name.StartsWith("Writer ")).Select(p => p.Id).OrderBy(id => id).ToListAsync();

        Assert.Subset(restoredIds.ToHashSet(), committedBefore.ToHashSet());
        // One snapshot: the rows it holds are exactly the first N written, with no gap a half-copied file would leave.
        Assert.Equal(committed.Order().Take(restoredIds.Count), restoredIds);
        Assert.True(restoredIds.Count < committed.Count, "The writer went on after the backup, so the backup holds fewer rows than the live database.");
    }

    [Fact]
    public async Task Backup_TargetExists_RefusedWithExitCode1_AndTheFileKept()
    {
        var live = new SqliteFile($"Data Source={Path.Combine(_folder, "live.db")}");
        live.CreateOrCheck();
        var existing = Path.Combine(_folder, "yesterday.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup");

        var (exitCode, output) = await RunBackupAsync(live.Path, existing);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", output, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing));
    }

    private static async Task<(int ExitCode, string Output)> RunBackupAsync(string databasePath, string backupPath)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.Web.dll"), "--backup", backupPath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__ActionTracker"] = $"Data Source={databasePath}";
        using var backup = Process.Start(start)!;
        var output = backup.StandardOutput.ReadToEndAsync();
        var error = backup.StandardError.ReadToEndAsync();
        await backup.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token);
        return (backup.ExitCode, await output + await error);
    }
}
