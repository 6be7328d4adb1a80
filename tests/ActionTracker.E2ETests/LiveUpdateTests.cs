using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class LiveUpdateTests(AppServer app)
{
    [Fact]
    public async Task ActionRaisedInOneBrowser_AppearsInAnotherWithoutReload_AndItsStatusChangeComesBack()
    {
        var minuteTaker = await app.OpenAsync("/meetings/1");
        var chair = await app.OpenAsync("/meetings/1");
        var description = $"DCC to confirm the DA desk staffing {Guid.NewGuid():N}"[..44];

        var raise = minuteTaker.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await raise.GetByLabel("Or a named body").FillAsync("Force and PCC leads");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("2031-05-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();

        // The chair's page was never reloaded: the change arrives over its own circuit.
        var chairRow = chair.Locator("table.actions-arising tbody tr").Filter(new() { HasText = description });
        await Expect(chairRow).ToContainTextAsync("Open");

        await chairRow.GetByRole(AriaRole.Link).ClickAsync();
        await chair.Locator("main[data-interactive='true']").WaitForAsync();
        await chair.Locator(".action-tasks").GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        var statusDialog = chair.GetByRole(AriaRole.Dialog);
        await statusDialog.GetByRole(AriaRole.Radio, new() { Name = "Closed" }).CheckAsync();
        await statusDialog.GetByLabel("Note (optional; required to cancel)").FillAsync("Confirmed at the meeting.");
        await statusDialog.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();

        var minuteTakerRow = minuteTaker.Locator("table.actions-arising tbody tr").Filter(new() { HasText = description });
        await Expect(minuteTakerRow).ToContainTextAsync("Closed");
    }
}
