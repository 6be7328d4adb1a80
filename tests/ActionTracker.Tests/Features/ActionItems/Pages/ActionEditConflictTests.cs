using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Tests.Features.ActionItems.Pages;

/// <summary>
/// The action edit dialog while someone else saves the same action (docs/decisions/0026): untouched fields follow them,
/// touched fields stay, and a clash on one field is refused and shown side by side until the person chooses.
/// </summary>
public sealed class ActionEditConflictTests : DatabaseTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private const string Original = "Provide the response-time figures by division.";
    private const string Mine = "Provide the response-time figures by division and by hour.";
    private const string Theirs = "Provide the response-time figures by division, rural and urban.";

    [Fact]
    public async Task Edit_TheyChangedAnotherField_ThatFieldFollowsThem_AndBothChangesAreSavedWithHistory()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = OpenEdit(context, id);
        await page.Field("Action").InputAsync(new() { Value = Mine });

        await SaveAsOtherAsync(context, id, other => other.Theme = "Response times");

        page.WaitForAssertion(() => Assert.Equal("Response times", page.Field("Theme (optional)").GetAttribute("value")), Wait);
        Assert.Equal(Mine, page.Field("Action").GetAttribute("value") ?? page.Field("Action").TextContent);
        await ClickAsync(page, "Save changes");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=dialog]")), Wait);
        var saved = await ReadActionAsync(id);
        Assert.Equal((Mine, "Response times"), (saved.Action.Description, saved.Action.Theme));
        Assert.Equal(["Theme", "Description"], saved.History.Where(h => h.Change is "Theme" or "Description").Select(h => h.Change));
    }

    [Fact]
    public async Task Edit_TheyChangedTheSameField_IsRefused_ShowsBothVersionsAndKeepsMine_SavingNothing()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = OpenEdit(context, id);
        await page.Field("Action").InputAsync(new() { Value = Mine });
        await SaveAsOtherAsync(context, id, other => other.Description = Theirs);

        await ClickAsync(page, "Save changes");

        page.WaitForAssertion(() => Assert.StartsWith("Not saved: Someone else changed this action", page.Find("[role=dialog] [role=alert]").TextContent.Trim(), StringComparison.Ordinal), Wait);
        var panel = page.WaitForElement(".edit-conflict", Wait);
        Assert.Equal("Action", panel.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal([Mine, Theirs], panel.QuerySelectorAll("pre").Select(p => p.TextContent));
        Assert.Equal(Mine, page.Field("Action").GetAttribute("value") ?? page.Field("Action").TextContent);
        Assert.Equal(Theirs, (await ReadActionAsync(id)).Action.Description);
    }

    [Fact]
    public async Task Edit_Conflict_MergeThenSave_KeepsBothWordings_AndHistoryHasBothChanges()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = await ClashAsync(context, id);

        await Choice(page, "Merge").ClickAsync(new());
        await ClickAsync(page, "Use these choices");
        await ClickAsync(page, "Save changes");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=dialog]")), Wait);
        var saved = await ReadActionAsync(id);
        Assert.Equal($"{Theirs}\n{Mine}", saved.Action.Description);
        Assert.Equal([(Original, Theirs), (Theirs, $"{Theirs}\n{Mine}")],
            saved.History.Where(h => h.Change == "Description").Select(h => (h.From, h.To)));
    }

    [Fact]
    public async Task Edit_Conflict_TakeTheirs_PutsTheirTextInTheForm_AndSavesNothingUntilAsked()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = await ClashAsync(context, id);

        await Choice(page, "Take theirs").ClickAsync(new());
        await ClickAsync(page, "Use these choices");

        page.WaitForAssertion(() => Assert.Equal(Theirs, page.Field("Action").GetAttribute("value") ?? page.Field("Action").TextContent), Wait);
        Assert.Empty(page.FindAll(".edit-conflict"));
        Assert.Equal(Theirs, (await ReadActionAsync(id)).Action.Description);
    }

    [Fact]
    public async Task Edit_DescriptionOf40000Characters_SaysNotSavedWithTheLengthLimit_AndKeepsTheText()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = OpenEdit(context, id);
        var long40000 = new string('x', 40_000);
        await page.Field("Action").InputAsync(new() { Value = long40000 });

        await ClickAsync(page, "Save changes");

        var expected = $"The description must be {FieldLimits.LongText} characters or fewer.";
        page.WaitForAssertion(() => Assert.Equal($"Not saved: {expected}", page.Find("[role=dialog] [role=alert]").TextContent.Trim()), Wait);
        Assert.Contains(expected, page.Dialog().TextContent, StringComparison.Ordinal);
        Assert.Equal(long40000, page.Field("Action").GetAttribute("value") ?? page.Field("Action").TextContent);
        Assert.Equal(Original, (await ReadActionAsync(id)).Action.Description);
    }

    /// <summary>Mine typed, theirs saved meanwhile, mine refused: the conflict panel open.</summary>
    private async Task<IRenderedComponent<Bunit.Rendering.ContainerFragment>> ClashAsync(BunitContext context, int id)
    {
        var page = OpenEdit(context, id);
        await page.Field("Action").InputAsync(new() { Value = Mine });
        await SaveAsOtherAsync(context, id, other => other.Description = Theirs);
        await ClickAsync(page, "Save changes");
        page.WaitForElement(".edit-conflict", Wait);
        return page;
    }

    private static IRenderedComponent<Bunit.Rendering.ContainerFragment> OpenEdit(BunitContext context, int id)
    {
        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });
        page.Button("Edit action").Click();
        page.Dialog();
        return page;
    }

    /// <summary>Someone else's save, published to the open page as the app publishes it.</summary>
    private async Task SaveAsOtherAsync(BunitContext context, int id, Action<SaveActionItem> change)
    {
        var other = SaveActionItem.From((await ReadActionAsync(id)).Action);
        change(other);
        await Actions.SaveAsync(other);
        await context.Services.GetRequiredService<IChangeNotifier>().PublishAsync(new ActionChanged(other.MeetingId, id));
    }

    // The live re-read of someone else's save can re-render between finding a button and clicking it: both on the renderer's turn.
    private static async Task ClickAsync(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string text)
    {
        page.Button(text);
        await page.InvokeAsync(() => page.Buttons(text)[0].Click());
    }

    private static AngleSharp.Dom.IElement Choice(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, string label) =>
        page.FindAll(".edit-conflict label").Single(l => l.TextContent.Trim().StartsWith(label, StringComparison.Ordinal)).QuerySelector("input")!;
}
