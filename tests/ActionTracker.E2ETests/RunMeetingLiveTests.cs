using ActionTracker.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>The run-meeting page follows another browser's edits through its partial re-reads (one action, the agenda).</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class RunMeetingLiveTests(AppServer app)
{
    // The sample meeting whose minutes are still a draft (those of meeting 11 are approved, so no longer edited in place).
    private const int MeetingId = 12;

    [Fact]
    public async Task ActionRaisedAndNotesSavedInTheMinutes_AppearOnAnotherBrowsersRunPage_WithoutReload()
    {
        // A chief officer watches: the notes are text on the page, not an editor's value.
        var watcher = await app.OpenAsync($"/meetings/{MeetingId}/run", DemoAccounts.ChiefOfficer);
        var itemInFocus = (await watcher.Locator("#current-item-heading").TextContentAsync())!.Trim();
        var minuteTaker = await app.OpenAsync($"/meetings/{MeetingId}");
        var unique = Guid.NewGuid().ToString("N")[..10];

        var raise = minuteTaker.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync($"Chief Officer to brief the panel {unique}");
        await raise.GetByLabel("Or a named body").FillAsync("Victims' services");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Raised under agenda item").SelectOptionAsync(new SelectOptionValue { Label = itemInFocus });
        await raise.GetByLabel("Due date").FillAsync("2031-05-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();

        await Expect(watcher.Locator(".run-item-actions")).ToContainTextAsync($"Chief Officer to brief the panel {unique}");

        var agenda = minuteTaker.Locator("section[aria-labelledby='agenda-form-heading']");
        await agenda.GetByLabel("Add or edit").SelectOptionAsync(new SelectOptionValue { Label = $"Edit {itemInFocus}" });
        await agenda.GetByLabel("Notes and findings (optional)").FillAsync($"The panel noted the survey results {unique}.");
        await agenda.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();

        await Expect(watcher.Locator(".run-notes")).ToContainTextAsync($"The panel noted the survey results {unique}.");
        // The action raised earlier is still listed: the agenda re-read kept the actions read before it.
        await Expect(watcher.Locator(".run-item-actions")).ToContainTextAsync($"Chief Officer to brief the panel {unique}");
    }
}
