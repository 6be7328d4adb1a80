using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ActionTracker.BenchHost;
using ActionTracker.Web.Features.Account;
using Microsoft.Data.Sqlite;

namespace ActionTracker.E2ETests;

/// <summary>
/// The kill -9 drill: the real app as its own process, a signed-in writer raising actions and saving notes through the
/// real services (the bench host's endpoints, which answer once the service has saved), the process killed with SIGKILL in
/// the middle of it and started again on the same file. Every write that was answered is there, and the file is sound.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class KillDrillTests(AppServer app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actiontracker-kill-drill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task KilledMidWrite_EveryAnsweredWriteIsThereAfterRestart_AndTheDatabaseIsSound()
    {
        var database = Path.Combine(_folder, "drill.db");
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var first = await StartAppAsync(database, baseUrl);
        // The demo's draft meeting: approved minutes refuse edits (the public record's lock).
        const int meetingId = 12;
        var itemId = await ScalarAsync<long>(database, $"SELECT Id FROM AgendaItems WHERE MeetingId = {meetingId} ORDER BY Id LIMIT 1");
        var context = await app.Browser.NewContextAsync(new() { BaseURL = baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await AppServer.SignInAsync(page, DemoAccounts.Secretariat);
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));

        // The writer keeps writing until the process dies under it; a write counts as acknowledged only once answered.
        var answeredActions = new List<string>();
        var answeredNotes = new List<int>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            try
            {
                await WriteUntilRefusedAsync();
            }
            catch (PlaywrightException)
            {
                // the process died under a write: that write was never answered
            }
        });

        async Task WriteUntilRefusedAsync()
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var token = $"drill-{i:D4}";
                var raised = await context.APIRequest.PostAsync($"/bench/meetings/{meetingId}/items/{itemId}/actions?token={token}");
                if (!raised.Ok)
                {
                    return;
                }

                answeredActions.Add(token);
                var noted = await context.APIRequest.PostAsync($"/bench/meetings/{meetingId}/items/{itemId}/notes?token={token}");
                if (!noted.Ok)
                {
                    return;
                }

                answeredNotes.Add(i);
            }
        }

        while (answeredNotes.Count < 25 && !writer.IsCompleted)
        {
            await Task.Delay(50);
        }

        first.Kill(); // SIGKILL on Linux: no shutdown, no flush, no checkpoint
        await first.WaitForExitAsync();
        await stop.CancelAsync();
        await writer;
        await context.CloseAsync();
        Assert.True(answeredNotes.Count >= 25, $"The writer stopped before the kill: {answeredNotes.Count} notes edits answered.");

        using var second = await StartAppAsync(database, baseUrl); // opens cleanly: /healthz answers 200
        Assert.Equal("ok", await ScalarAsync<string>(database, "PRAGMA integrity_check"));
        var descriptions = await ListAsync(database, "SELECT Description FROM ActionItems");
        Assert.All(answeredActions, token => Assert.Contains($"Bench action {token}", descriptions));
        var notes = await ScalarAsync<string>(database, $"SELECT Notes FROM AgendaItems WHERE Id = {itemId}");
        var savedNote = int.Parse(notes.Split('\n')[0][(BenchNotes.LinePrefix + "drill-").Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(savedNote >= answeredNotes[^1], $"Notes edit {answeredNotes[^1]} was answered, but the file holds edit {savedNote}.");
        second.Kill();
        await second.WaitForExitAsync();
    }

    private static async Task<Process> StartAppAsync(string database, string baseUrl)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.BenchHost.dll"), "--urls", baseUrl])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__ActionTracker"] = $"Data Source={database}";
        start.Environment["DemoData"] = "true";
        start.Environment["SignIn__AttemptsPerMinute"] = "10000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        process.Kill();
        throw new InvalidOperationException($"The app on {database} did not become healthy (exited: {process.HasExited}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ListAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
