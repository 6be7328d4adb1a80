using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>Dates and times read and are typed the UK way (dd/mm/yyyy, 24-hour) in a browser set to American English in New York.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed partial class UkDateTests(AppServer app)
{
    [Fact]
    public async Task AmericanBrowser_SeesAndTypesDatesAsDayMonthYear_AndTimesOnA24HourClock()
    {
        var page = await app.NewPageAsync(locale: "en-US", timezoneId: "America/New_York");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var meeting = await db.Meetings.Where(m => m.Id == 12).Select(m => new { m.Date, m.StartTime }).SingleAsync();
            await AppServer.GoToAsync(page, "/meetings/12/edit");

            await Expect(page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(UkFormat.InputDate(meeting.Date));
            await Expect(page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(DayMonthYear());
            await Expect(page.GetByLabel("Start time")).ToHaveValueAsync(meeting.StartTime.ToString("HH:mm", UkFormat.Culture));
        }

        // A date typed in the tracker's filter is read as day/month/year: 1 June 2021, not 6 January.
        await AppServer.GoToAsync(page, "/actions");
        await page.GetByLabel("Due from").FillAsync("01/06/2021");
        await page.GetByLabel("Due to").FillAsync("30/06/2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DueFromFirstOfJune());
        await Expect(page).ToHaveURLAsync(DueToEndOfJune());
        await Expect(page.GetByLabel("Due from")).ToHaveValueAsync("01/06/2021");
    }

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("dueFrom=2021-06-01")]
    private static partial Regex DueFromFirstOfJune();

    [GeneratedRegex("dueTo=2021-06-30")]
    private static partial Regex DueToEndOfJune();
}
