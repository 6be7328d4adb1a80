using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class MeetingJourneyTests(AppServer app)
{
    [Fact]
    public async Task SeededDecember2024Meeting_ShowsFiveAttendeesWithCapacitiesAndTheHmctsAction()
    {
        var page = await app.OpenAsync("/meetings");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Violence Against Women and Girls|VAWG") }).First.ClickAsync();
        await page.Locator("main[data-interactive='true']").WaitForAsync();

        await Expect(page.Locator(".minutes-facts")).ToContainTextAsync("Monday 16 December 2024");
        var attendance = page.Locator("table.attendance-table tbody tr");
        await Expect(attendance).ToHaveCountAsync(5);
        await Expect(attendance.Filter(new() { HasText = "John Campion" })).ToContainTextAsync("Police and Crime Commissioner (PCC)");
        await Expect(attendance.Filter(new() { HasText = "Richard Cooper" })).ToContainTextAsync("(T/CC)");
        await Expect(attendance.Filter(new() { HasText = "Rachel Jones" })).ToContainTextAsync("(T/DCC)");
        await Expect(page.Locator("table.actions-arising")).ToContainTextAsync("HMCTS");
    }

    [Fact]
    public async Task CreateMeeting_AddItemAndAction_ActionIsFoundInTheTracker()
    {
        var title = $"Serious violence thematic {Guid.NewGuid():N}"[..40];
        var page = await app.OpenAsync("/meetings/new");
        await page.GetByLabel("Title or theme").FillAsync(title);
        await page.GetByLabel("Type of meeting").SelectOptionAsync(new SelectOptionValue { Label = "Thematic" });
        await page.GetByLabel("Series", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "A new series…" });
        await page.GetByLabel("New series name").FillAsync($"Serious violence {title[^8..]}");
        await page.GetByLabel("Date").FillAsync("2026-12-03");
        await page.GetByLabel("Start time").FillAsync("10:30");
        await page.GetByLabel("Virtual meeting").CheckAsync();
        await page.GetByLabel("Chair", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "John Campion" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Item number").FillAsync("2.1");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Knife crime hotspots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(page.Locator(".agenda-item[data-number='2.1']")).ToContainTextAsync("Knife crime hotspots");

        var raise = page.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync("ACC to share the serious violence problem profile with the PCC's office");
        await raise.GetByLabel("Person or post").SelectOptionAsync(new SelectOptionValue { Label = "John Campion" });
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add owner" }).ClickAsync();
        await raise.GetByLabel("Raised under agenda item").SelectOptionAsync(new SelectOptionValue { Label = "2.1 Knife crime hotspots" });
        await raise.GetByLabel("Due date").FillAsync("2027-01-15");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await Expect(page.Locator(".agenda-item[data-number='2.1'] .action-line")).ToContainTextAsync("serious violence problem profile");

        await page.GetByRole(AriaRole.Link, new() { Name = "Action tracker" }).ClickAsync();
        await page.GetByLabel("Search actions and updates").FillAsync("serious violence problem profile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var row = page.Locator(".tracker-grid tbody tr").Filter(new() { HasText = "serious violence problem profile" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("John Campion");
        await Expect(row).ToContainTextAsync("15 Jan 2027");
        await Expect(row).ToContainTextAsync("Open");
    }

    [Fact]
    public async Task RaiseAction_DueBeforeTheMeeting_IsRefusedWithAVisibleMessageAndNothingSaved()
    {
        var page = await app.OpenAsync("/meetings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Holding to account – Domestic Abuse", Exact = true }).ClickAsync();
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        var actionsArising = page.Locator("table.actions-arising tbody tr");
        await Expect(actionsArising).ToHaveCountAsync(4);

        var raise = page.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync("CC to report back on DA champions");
        await raise.GetByLabel("Or a named body").FillAsync("the CRB");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("2020-01-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();

        await Expect(raise.Locator(".validation-message")).ToContainTextAsync("The due date cannot be before the meeting it was raised at (26 February 2021).");
        await Expect(raise.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved");
        await Expect(actionsArising).ToHaveCountAsync(4);
    }
}
