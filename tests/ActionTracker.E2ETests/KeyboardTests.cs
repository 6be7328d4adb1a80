using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>A minute-taker never needs the mouse: fields follow each other in tab order and Enter submits.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class KeyboardTests(AppServer app)
{
    [Fact]
    public async Task AddAgendaItem_WithTheKeyboardOnly_IsSavedAndShown()
    {
        var page = await app.OpenAsync("/meetings/14");
        await page.GetByLabel("Item number").FocusAsync();
        await page.Keyboard.TypeAsync("6");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Any other business");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".agenda-item[data-number='6']")).ToContainTextAsync("Any other business");
    }

    [Fact]
    public async Task Navigation_PutsFocusOnTheHeading_AndTheSkipLinkMovesFocusToTheMainContent()
    {
        var page = await app.OpenAsync("/meetings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Action tracker" }).PressAsync("Enter");
        // Screen-reader users hear the new page's heading first.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Action tracker", Level = 1 })).ToBeFocusedAsync();

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await skip.FocusAsync();
        await Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }
}
