using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// Two people editing one record in two browsers (docs/decisions/0026): nobody's change disappears silently. A clash on a
/// field is refused, shown side by side, and the second writer keeps their text; untouched fields follow live.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class ConcurrentEditTests(AppServer app)
{
    // A future meeting of the sample history that only these tests edit.
    private const string Meeting = "/meetings/12";

    [Fact]
    public async Task EditAction_BothSaveTheWording_SecondIsToldAndKeepsTheirs_MergeSavesBoth_AndHistoryHasBoth()
    {
        var (first, original) = await RaiseActionAsync();
        var second = await app.OpenAsync(first.Url);
        var firstDialog = await OpenEditAsync(first);
        var secondDialog = await OpenEditAsync(second);
        var mine = $"{original} by division";
        var theirs = $"{original} by hour";

        await firstDialog.GetByLabel("Action", new() { Exact = true }).FillAsync(theirs);
        await secondDialog.GetByLabel("Action", new() { Exact = true }).FillAsync(mine);
        await firstDialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(first.Locator("h1")).ToHaveTextAsync(theirs);
        await secondDialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(secondDialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved: Someone else changed this action");
        await Expect(secondDialog.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync(mine);
        await Expect(secondDialog.GetByLabel("Action: your version")).ToHaveTextAsync(mine);
        await Expect(secondDialog.GetByLabel("Action: their version")).ToHaveTextAsync(theirs);
        await AxeScan.AssertNoSeriousViolationsAsync(second);

        await secondDialog.GetByRole(AriaRole.Radio, new() { Name = "Merge" }).CheckAsync();
        await secondDialog.GetByRole(AriaRole.Button, new() { Name = "Use these choices" }).ClickAsync();
        await Expect(secondDialog.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync($"{theirs}\n{mine}");
        await secondDialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        // Both outcomes visible in both browsers, and the history holds both changes.
        foreach (var page in new[] { first, second })
        {
            await Expect(page.Locator("h1")).ToContainTextAsync(theirs);
            await Expect(page.Locator("h1")).ToContainTextAsync(mine);
            await Expect(page.Locator(".timeline")).ToContainTextAsync(theirs);
        }

        await Expect(second.Locator(".timeline").Filter(new() { HasText = "Description" })).ToContainTextAsync(mine);
    }

    [Fact]
    public async Task EditAction_AnotherPersonSavesTheDueDate_MyUnsavedWordingAndThemeStay_AndBothAreSaved()
    {
        var (first, original) = await RaiseActionAsync();
        var second = await app.OpenAsync(first.Url);
        var mine = $"{original} and the rural figures";
        var firstDialog = await OpenEditAsync(first);
        await firstDialog.GetByLabel("Action", new() { Exact = true }).FillAsync(mine);
        await firstDialog.GetByLabel("Theme (optional)").FillAsync("Response times");

        var secondDialog = await OpenEditAsync(second);
        await secondDialog.GetByLabel("Due date").FillAsync("15/06/2031");
        await secondDialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(second.Locator(".action-summary")).ToContainTextAsync("15 June 2031");

        // The untouched due date follows live; what the first person typed does not move.
        await Expect(firstDialog.GetByLabel("Due date")).ToHaveValueAsync("15/06/2031");
        await Expect(firstDialog.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync(mine);
        await Expect(firstDialog.GetByLabel("Theme (optional)")).ToHaveValueAsync("Response times");
        await firstDialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(first.Locator("h1")).ToHaveTextAsync(mine);
        await Expect(first.Locator(".action-summary")).ToContainTextAsync("15 June 2031");
        await Expect(first.Locator(".action-summary")).ToContainTextAsync("Response times");
    }

    [Fact]
    public async Task EditAction_DescriptionOf40000Characters_SaysNotSavedWithTheLengthLimit_AndKeepsTheText()
    {
        var (page, _) = await RaiseActionAsync();
        var dialog = await OpenEditAsync(page);
        var text = new string('a', 40_000);

        await dialog.GetByLabel("Action", new() { Exact = true }).FillAsync(text);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Not saved: The description must be 4000 characters or fewer.");
        await Expect(dialog.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync(text);
    }

    [Fact]
    public async Task EditMeetingDetails_BothSaveTheTitle_SecondIsRefusedWithBothVersions_KeepsTheirText_AndTakeTheirsSavesNothingOfMine()
    {
        var first = await app.OpenAsync($"{Meeting}/edit");
        var second = await app.OpenAsync($"{Meeting}/edit");
        var title = first.GetByLabel("Title or theme", new() { Exact = true });
        var original = await title.InputValueAsync();
        var theirs = $"{original} – revised";
        var mine = $"{original} – draft";

        await title.FillAsync(theirs);
        await second.GetByLabel("Title or theme", new() { Exact = true }).FillAsync(mine);
        await first.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Heading, new() { Name = theirs, Level = 1 })).ToBeVisibleAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();

        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved: Someone else changed this meeting");
        await Expect(second.GetByLabel("Title or theme", new() { Exact = true })).ToHaveValueAsync(mine);
        await Expect(second.GetByLabel("Title or theme: your version")).ToHaveTextAsync(mine);
        await Expect(second.GetByLabel("Title or theme: their version")).ToHaveTextAsync(theirs);

        await second.GetByRole(AriaRole.Radio, new() { Name = "Take theirs" }).CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Use these choices" }).ClickAsync();
        await Expect(second.GetByLabel("Title or theme", new() { Exact = true })).ToHaveValueAsync(theirs);
        await second.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Heading, new() { Name = theirs, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>A fresh action on the test meeting, its page open; returns the page and its wording.</summary>
    private async Task<(IPage Page, string Description)> RaiseActionAsync()
    {
        var page = await app.OpenAsync(Meeting);
        var description = $"Provide the call-handling figures {Guid.NewGuid():N}"[..44];
        var raise = page.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await raise.GetByLabel("Or a named body").FillAsync("Force and PCC leads");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("01/05/2031");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await page.Locator("table.actions-arising tbody tr").Filter(new() { HasText = description }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(description);
        return (page, description);
    }

    private static async Task<ILocator> OpenEditAsync(IPage page)
    {
        await page.Locator(".action-tasks").GetByRole(AriaRole.Button, new() { Name = "Edit action" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Action", new() { Exact = true })).ToBeVisibleAsync();
        return dialog;
    }
}
