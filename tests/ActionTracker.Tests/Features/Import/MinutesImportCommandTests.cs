using System.Diagnostics;
using System.Text.Json;

namespace ActionTracker.Tests.Features.Import;

/// <summary>`--import-minutes` run as the real app's process on a fresh database file: one JSON line, or one error line and exit 1.</summary>
public sealed class MinutesImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actiontracker-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportMinutes_Seed_PrintsTheMeetingAsOneJsonLine()
    {
        var (exitCode, output, _) = await RunAsync("--import-minutes", Seed("002_d8169e85749b9faa.txt"), "--series", "Assurance & Accountability");

        Assert.Equal(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["meeting", "title", "date", "chair", "minute_taker", "venue", "attendees", "apologies", "items", "actions", "next_meeting", "unplaced"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("meeting").GetInt32());
        Assert.Equal("2023-06-29T10:00", root.GetProperty("date").GetString());
        Assert.Equal("John Campion", root.GetProperty("chair").GetString());
        Assert.Equal(7, root.GetProperty("attendees").GetArrayLength());
        Assert.Equal(["1", "2", "3", "4", "5"], root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        var first = root.GetProperty("actions")[0];
        Assert.Equal((1, "2", "2023-07-28"), (first.GetProperty("number").GetInt32(), first.GetProperty("item").GetString(), first.GetProperty("due").GetString()));
        var owner = first.GetProperty("owners")[0];
        Assert.Equal(("ACC RJ", "ACC", "Rachel Jones"), (owner.GetProperty("written").GetString(), owner.GetProperty("post").GetString(), owner.GetProperty("person").GetString()));
        Assert.Equal("2023-07-28T10:00", root.GetProperty("next_meeting").GetString());
        Assert.Equal(["Accessibility Settings Skip to main content"], root.GetProperty("unplaced").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task ImportMinutes_FileOfBinaryBytes_OneErrorLineAndExit1()
    {
        var path = Path.Combine(_folder, "scan.txt");
        await File.WriteAllBytesAsync(path, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF]);

        var (exitCode, output, error) = await RunAsync("--import-minutes", path);

        Assert.Equal(1, exitCode);
        Assert.Equal($"Cannot import {path}: scan.txt is not a text file (it holds binary data): use a Word document (.docx) or a text file (.txt).",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Cannot import", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public async Task ImportMinutes_BrokenWordFileOrSameFileTwice_OneErrorLineAndExit1()
    {
        var broken = Path.Combine(_folder, "minutes.docx");
        await File.WriteAllTextAsync(broken, "not a zip");

        var (brokenExit, _, brokenError) = await RunAsync("--import-minutes", broken);
        await RunAsync("--import-minutes", Seed("000_234971a901ded71c.txt"));
        var (againExit, againOutput, againError) = await RunAsync("--import-minutes", Seed("000_234971a901ded71c.txt"));

        Assert.Equal((1, 1), (brokenExit, againExit));
        Assert.Contains($"Cannot import {broken}: minutes.docx is not a readable Word document (.docx)", brokenError, StringComparison.Ordinal);
        Assert.Contains("These minutes were imported before, as meeting 1", againError, StringComparison.Ordinal);
        Assert.Equal("", againOutput.Trim());
    }

    private static string Seed(string file) => Path.Combine(AppContext.BaseDirectory, "Seeds", file);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.Web.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__ActionTracker"] = $"Data Source={Path.Combine(_folder, "import.db")}";
        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var error = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await app.WaitForExitAsync(timeout.Token);
        return (app.ExitCode, await output, await error);
    }
}
