using System.Diagnostics;

namespace ActionTracker.Tests.Data;

/// <summary>The real app, started as a process on a bad database: one clear line naming the file, exit code 1, no stack trace.</summary>
public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actiontracker-startup-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Start_FileOfRandomBytes_ExitsWith1_NamingTheFile()
    {
        var path = Path.Combine(_folder, "garbage.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 253)).ToArray());

        var (exitCode, error) = await StartAppAsync(path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{path} is not a readable ActionTracker database", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BrokenHeader_ExitsWith1_NamingTheFile()
    {
        var path = Path.Combine(_folder, "broken.db");
        await File.WriteAllBytesAsync(path, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0xEE, 8000)]);

        var (exitCode, error) = await StartAppAsync(path);

        Assert.Equal(1, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MissingFolder_ExitsWith1_SayingWhatToDo()
    {
        var path = Path.Combine(_folder, "no-such-folder", "live.db");

        var (exitCode, error) = await StartAppAsync(path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"the folder of the database file {path} does not exist. Create the folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    private static async Task<(int ExitCode, string Error)> StartAppAsync(string databasePath)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__ActionTracker"] = $"Data Source={databasePath}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var error = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await app.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            app.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not stop on a bad database: {await output}");
        }

        return (app.ExitCode, await error + await output);
    }
}
