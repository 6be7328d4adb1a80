using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class EditingTests(AppServer app)
{
    // Two of the sample history's future meetings, which no other test edits.
    private const string MeetingForNotes = "/meetings/13";
    private const string MeetingForConflict = "/meetings/14";

    [Fact]
    public async Task EditAgendaItem_NotesAreSavedAndShownInTheMinutes_AsTextNotMarkup()
    {
        var page = await app.OpenAsync(MeetingForNotes);
        var form = await ChooseFirstItemAsync(page);
        await form.GetByLabel("Notes and findings (optional)").FillAsync("Welcomed members of the public. <b>not bold</b>");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();

        var firstItem = page.Locator(".agenda-item").First;
        await Expect(firstItem).ToContainTextAsync("Welcomed members of the public. <b>not bold</b>");
        await Expect(firstItem.Locator("b")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task EditSameItemInTwoBrowsers_SecondSaveIsRefusedAsAConflict_FirstTextKept_SecondKeepsTheirs()
    {
        var first = await app.OpenAsync(MeetingForConflict);
        var second = await app.OpenAsync(MeetingForConflict);
        var firstForm = await ChooseFirstItemAsync(first);
        var secondForm = await ChooseFirstItemAsync(second);

        await secondForm.GetByLabel("Title", new() { Exact = true }).FillAsync("Opening remarks");
        await firstForm.GetByLabel("Title", new() { Exact = true }).FillAsync("Welcome and introductions");
        await firstForm.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();
        await Expect(first.Locator(".agenda-item").First).ToContainTextAsync("Welcome and introductions");
        await Expect(second.Locator(".agenda-item").First).ToContainTextAsync("Welcome and introductions");

        await secondForm.GetByRole(AriaRole.Button, new() { Name = "Save item" }).ClickAsync();

        await Expect(secondForm.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved: Someone else changed this agenda item");
        await Expect(secondForm.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Opening remarks");
        await Expect(secondForm.GetByLabel("Title: their version")).ToHaveTextAsync("Welcome and introductions");
        await Expect(second.Locator(".agenda-item").First).Not.ToContainTextAsync("Opening remarks");
    }

    private static async Task<ILocator> ChooseFirstItemAsync(IPage page)
    {
        var form = page.Locator("section[aria-labelledby='agenda-form-heading']");
        var choice = form.GetByLabel("Add or edit");
        await Expect(choice.Locator("option")).Not.ToHaveCountAsync(1);
        await choice.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(form.GetByRole(AriaRole.Button, new() { Name = "Save item" })).ToBeVisibleAsync();
        return form;
    }
}
