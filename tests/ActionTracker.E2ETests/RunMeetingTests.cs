using System.Text.RegularExpressions;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// The run-meeting view with the minute-taker (secretariat), the chair and a chief officer each in their own browser.
/// On a scheduled sample meeting: its data is only added to (unique text) or put back as it was.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class RunMeetingTests(AppServer app)
{
    private const string MeetingTitle = "Sample – Domestic abuse outcomes and serious violence";

    private async Task<string> RunPathAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return $"/meetings/{await db.Meetings.Where(m => m.Title == MeetingTitle).Select(m => m.Id).SingleAsync()}/run";
    }

    private async Task<(IPage MinuteTaker, IPage Chair, IPage ChiefOfficer)> OpenThreeAsync()
    {
        var path = await RunPathAsync();
        return (await app.OpenAsync(path), await app.OpenAsync(path, DemoAccounts.Chair), await app.OpenAsync(path, DemoAccounts.ChiefOfficer));
    }

    // Each test closes the browsers it opened, so that who is here in one test is not left over from another.
    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private static ILocator WhoIsHere(IPage page) => page.Locator("section.presence-list li");

    [Fact]
    public async Task WideScreen_ItemScrollsOnItsOwn_ARaisedActionLeavesThePageHeight_AndTheKeyboardScrollsIt()
    {
        var page = await app.OpenAsync(await RunPathAsync());
        // Wide but short, so the item in focus is taller than the screen.
        await page.SetViewportSizeAsync(1280, 420);
        var item = page.Locator("section.run-item");
        var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var itemHeight = await item.EvaluateAsync<int>("e => e.scrollHeight");

        var description = $"T/DCC to circulate the revised rota {Guid.NewGuid():N}"[..42];
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await page.GetByLabel("Owner").FillAsync("T/DCC");
        await page.GetByLabel("Due date").FillAsync("2031-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await Expect(page.Locator("section.run-item-actions li").Filter(new() { HasText = description })).ToHaveCountAsync(1);

        Assert.True(await item.EvaluateAsync<int>("e => e.scrollHeight") > itemHeight, "The item should have grown by the action.");
        Assert.Equal(pageHeight, await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));
        await item.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.querySelector('section.run-item').scrollTop > 0");
        await CloseAsync(page);
    }

    [Fact]
    public async Task ThreeBrowsers_EachSeesTheOthersHere_AndAnInlineActionAndANewItemWithoutReload()
    {
        var (minuteTaker, chair, chiefOfficer) = await OpenThreeAsync();
        foreach (var page in new[] { minuteTaker, chair, chiefOfficer })
        {
            await Expect(WhoIsHere(page).Filter(new() { HasText = "Lucy Milner" })).ToHaveCountAsync(1);
            await Expect(WhoIsHere(page).Filter(new() { HasText = "John Campion" })).ToHaveCountAsync(1);
            await Expect(WhoIsHere(page).Filter(new() { HasText = "Richard Cooper" })).ToHaveCountAsync(1);
        }

        await Expect(WhoIsHere(chair).Filter(new() { HasText = "(you)" })).ToHaveTextAsync("John Campion (you)");
        // The chief officer watches: no forms.
        await Expect(chiefOfficer.GetByRole(AriaRole.Button, new() { Name = "Raise action" })).ToHaveCountAsync(0);

        var description = $"T/DCC to share the DA desk rota {Guid.NewGuid():N}"[..42];
        await minuteTaker.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await minuteTaker.GetByLabel("Owner").FillAsync("T/DCC");
        await minuteTaker.GetByLabel("Due date").FillAsync("2031-05-01");
        await minuteTaker.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        foreach (var page in new[] { chair, chiefOfficer })
        {
            await Expect(page.Locator("section.run-item-actions li").Filter(new() { HasText = description })).ToHaveCountAsync(1);
        }

        var title = $"Late item {Guid.NewGuid():N}"[..20];
        await AddAgendaItemAsync(minuteTaker, $"{Random.Shared.Next(20, 99)}.{Random.Shared.Next(1, 9)}", title);
        foreach (var page in new[] { chair, chiefOfficer })
        {
            await Expect(page.Locator("nav.run-agenda a").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        }

        await CloseAsync(minuteTaker);
        await Expect(WhoIsHere(chair).Filter(new() { HasText = "Lucy Milner" })).ToHaveCountAsync(0);
        await CloseAsync(chair, chiefOfficer);
    }

    [Fact]
    public async Task AttendanceChange_ShowsInTheOtherBrowsersWithoutReload()
    {
        var (minuteTaker, chair, chiefOfficer) = await OpenThreeAsync();
        var group = minuteTaker.Locator("fieldset.segmented").First;
        var name = (await group.Locator("legend").InnerTextAsync()).Split('\n')[0].Trim();
        var chairGroup = chair.GetByRole(AriaRole.Group, new() { Name = name });

        await group.GetByText("Observer", new() { Exact = true }).ClickAsync();
        await Expect(chairGroup.GetByLabel("Observer")).ToBeCheckedAsync();
        await Expect(chiefOfficer.Locator("table.attendance-table tr").Filter(new() { HasText = name })).ToContainTextAsync("(observer)");

        // Put it back (present) for the other tests, with the keyboard: arrow keys move the choice within the group and save
        // it; pressed quicker than a save returns, each save still goes in with the version the one before it left.
        await group.GetByLabel("Observer").FocusAsync();
        await minuteTaker.Keyboard.PressAsync("ArrowLeft");
        await minuteTaker.Keyboard.PressAsync("ArrowLeft");
        await Expect(chairGroup.GetByLabel("Present")).ToBeCheckedAsync();
        await Expect(minuteTaker.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(chiefOfficer.Locator("table.attendance-table tr").Filter(new() { HasText = name })).Not.ToContainTextAsync("(observer)");
        await CloseAsync(minuteTaker, chair, chiefOfficer);
    }

    [Fact]
    public async Task FocusInsideTheActionForm_OthersSeeWhoIsEditingTheItem_UntilFocusLeaves()
    {
        var (minuteTaker, chair, chiefOfficer) = await OpenThreeAsync();
        var beside = chair.Locator("section.run-item .editing-indicator");
        var inAgenda = chair.Locator("nav.run-agenda a[aria-current='true'] + .editing-indicator");

        await minuteTaker.GetByLabel("Action", new() { Exact = true }).FocusAsync();
        await Expect(beside).ToHaveTextAsync("Lucy Milner is editing");
        await Expect(inAgenda).ToHaveTextAsync("Lucy Milner is editing");
        await Expect(minuteTaker.Locator("section.run-item .editing-indicator")).ToBeEmptyAsync();

        await minuteTaker.Locator("#current-item-heading").FocusAsync();
        await Expect(beside).ToBeEmptyAsync();
        await CloseAsync(minuteTaker, chair, chiefOfficer);
    }

    [Fact]
    public async Task KeyboardOnly_MoveToTheNextItem_AndRaiseAnActionUnderIt()
    {
        var path = await RunPathAsync();
        var page = await app.OpenAsync(path);
        var second = page.Locator("nav.run-agenda a").Nth(1);
        var secondTitle = await second.InnerTextAsync();
        var secondId = await second.GetAttributeAsync("data-item-id");

        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(page).ToHaveURLAsync(new Regex($"item={secondId}$"));
        var heading = page.Locator("#current-item-heading");
        await Expect(heading).ToHaveTextAsync(secondTitle);
        await Expect(heading).ToBeFocusedAsync();

        var description = page.GetByLabel("Action", new() { Exact = true });
        for (var tabs = 0; tabs < 30 && !await description.EvaluateAsync<bool>("e => e === document.activeElement"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var text = $"SPM to brief the panel {Guid.NewGuid():N}"[..32];
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("spm");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("01062031");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("section.run-item-actions li").Filter(new() { HasText = text })).ToContainTextAsync("Open");
        await Expect(description).ToBeFocusedAsync();
        await Expect(description).ToHaveValueAsync("");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Action raised" })).ToContainTextAsync(text);

        await page.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(page.Locator("nav.run-agenda a").First).ToHaveAttributeAsync("aria-current", "true");
        await CloseAsync(page);
    }

    /// <summary>Adds an agenda item through the run page's dialog, which closes on success.</summary>
    private static async Task AddAgendaItemAsync(IPage page, string number, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an agenda item" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add an agenda item" });
        await dialog.GetByLabel("Number", new() { Exact = true }).FillAsync(number);
        await dialog.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Laptop1366x768_NotesFillMostOfTheItem_AndTheBroughtForwardTableCollapsesAndStaysCollapsed()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await AppServer.GoToAsync(page, await RunPathAsync());
        var notes = page.Locator("section.run-item textarea.notes-textarea");
        var item = page.Locator("section.run-item");

        var notesBox = await notes.BoundingBoxAsync() ?? throw new InvalidOperationException("No notes box.");
        var itemBox = await item.BoundingBoxAsync() ?? throw new InvalidOperationException("No item column.");
        Assert.True(notesBox.Height >= 0.5 * 768, $"The notes box is {notesBox.Height}px tall at 1366×768.");
        Assert.True(notesBox.Height >= 0.6 * itemBox.Height, $"The notes box ({notesBox.Height}px) should take most of the item column ({itemBox.Height}px).");

        // Item 1 of this scheduled meeting reviews what is brought forward: a compact table, one row per action.
        var review = page.Locator("section[aria-labelledby='brought-forward-heading']");
        var disclosure = review.GetByRole(AriaRole.Button, new() { Name = "Outstanding matters brought forward" });
        var table = review.Locator("table.brought-forward-table");
        await Expect(disclosure).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(table).ToBeVisibleAsync();
        var rows = await table.Locator("tbody tr").CountAsync();
        Assert.True(rows > 0, "The sample meeting should have actions brought forward.");
        var reference = await table.Locator("tbody tr").First.GetAttributeAsync("data-reference");
        await Expect(table.GetByRole(AriaRole.Button, new() { Name = $"Review {reference}", Exact = true })).ToHaveCountAsync(1);

        await disclosure.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(disclosure).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(table).ToHaveCountAsync(0);

        // Remembered while on the page: to the next item and back, still collapsed.
        await page.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(review).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(disclosure).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(table).ToHaveCountAsync(0);
        // Settled before the click, as a person sees it: the item's heading has focus (scrolled into view after the
        // render) and the list is read; a click while the column still scrolls can land beside the button.
        await Expect(page.Locator("#current-item-heading")).ToBeFocusedAsync();
        await Expect(disclosure).ToContainTextAsync($"({rows})");

        await disclosure.ClickAsync();
        await Expect(disclosure).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(rows);
        await CloseAsync(page);
    }

    [Fact]
    public async Task AddAnAgendaItem_InADialog_RefusalKeepsTheText_SuccessConfirmedAndShownToOthers()
    {
        var path = await RunPathAsync();
        var page = await app.OpenAsync(path);
        var chair = await app.OpenAsync(path, DemoAccounts.Chair);
        var title = $"Dialog item {Guid.NewGuid():N}"[..22];

        var open = page.GetByRole(AriaRole.Button, new() { Name = "Add an agenda item" });
        await open.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Add an agenda item" });
        await Expect(dialog.GetByLabel("Number", new() { Exact = true })).ToBeFocusedAsync();
        await dialog.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        // Refused without a number: the reason in the dialog, the title still there.
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved");
        await Expect(dialog.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(title);
        await AxeScan.AssertNoSeriousViolationsAsync(page);

        var number = $"{Random.Shared.Next(20, 99)}.{Random.Shared.Next(1, 9)}";
        await dialog.GetByLabel("Number", new() { Exact = true }).FillAsync(number);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"{title} added to the agenda");
        await Expect(open).ToBeFocusedAsync();
        await Expect(chair.Locator("nav.run-agenda a").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await CloseAsync(page, chair);
    }

    [Theory]
    [InlineData(DemoAccounts.Secretariat)]
    [InlineData(DemoAccounts.Viewer)]
    public async Task RunPage_HasNoSeriousOrCriticalAxeViolations(string account)
    {
        var page = await app.OpenAsync(await RunPathAsync(), account);
        await Expect(WhoIsHere(page)).Not.ToHaveCountAsync(0);

        await AxeScan.AssertNoSeriousViolationsAsync(page);
        await CloseAsync(page);
    }
}
