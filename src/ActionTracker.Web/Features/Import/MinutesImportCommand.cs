using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;

namespace ActionTracker.Web.Features.Import;

/// <summary>
/// `dotnet run --project src/ActionTracker.Web -- --import-minutes FILE [--series NAME]` imports one .docx or .txt of
/// minutes as a draft meeting, without the review screen (bulk migration, tests), and prints the meeting it made as one
/// JSON line (<see cref="ImportJson"/>). A file it cannot read or import: one line on standard error, exit code 1.
/// </summary>
public static class MinutesImportCommand
{
    private const string Option = "--import-minutes";
    private const string SeriesOption = "--series";

    public static bool IsRequested(string[] args) => args.Contains(Option);

    /// <summary>Standard output carries the JSON line alone: the app's log lines go to standard error while importing.</summary>
    public static void KeepStandardOutputForJson(IServiceCollection services, string[] args)
    {
        if (IsRequested(args))
        {
            services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    }

    /// <summary>Returns the exit code: 0 imported, 1 not (one line says why), 2 no file named.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var path = ValueAfter(args, Option);
        if (path is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Option} <minutes.docx or .txt> [{SeriesOption} <series name>]");
            return 2;
        }

        try
        {
            await using var file = File.OpenRead(path);
            var text = await MinutesFileReader.ReadAsync(file, Path.GetFileName(path));
            var input = new ImportMinutes
            {
                Text = text,
                SourceName = Path.GetFileName(path),
                SeriesName = ValueAfter(args, SeriesOption) ?? MinutesImportService.DefaultSeries,
                Minutes = MinutesParser.Parse(text),
            };
            var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
            var (meetingId, _) = await MinutesImportService.SaveAsync(dbFactory, services.GetRequiredService<IValidator<ImportMinutes>>(), input,
                "Import from the command line", services.GetRequiredService<AppClock>().UtcNow, CancellationToken.None);
            await using var db = await dbFactory.CreateDbContextAsync();
            Console.WriteLine(ImportJson.Line(meetingId, await MinutesImportService.PreviewAsync(db, input, CancellationToken.None)));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot import {path}: {e.Message}");
            return 1;
        }
        catch (MinutesUnreadableException e)
        {
            await Console.Error.WriteLineAsync($"Cannot import {path}: {e.Message}");
            return 1;
        }
        catch (ValidationException e)
        {
            await Console.Error.WriteLineAsync($"Cannot import {path}: {string.Join(" ", e.Errors.Select(error => error.ErrorMessage).Distinct())}");
            return 1;
        }
    }

    private static string? ValueAfter(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
    }
}
