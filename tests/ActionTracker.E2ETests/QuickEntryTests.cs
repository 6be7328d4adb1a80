using ActionTracker.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// Quick entry on the run-meeting page of the sample "Serious violence" meeting, whose attendees include the T/CC and the
/// T/DCC (Richard Cooper and Rachel Jones, who hold the CC and DCC posts today), and whose actions no other test counts.
/// The lines are typed into the notes editor of the item in focus, as the minute-taker would.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class QuickEntryTests(AppServer app)
{
    private const string RunSeriousViolence = "/meetings/9/run";

    [Fact]
    public async Task TypedActionLine_Confirmed_AppearsUnderTheItemOwnedByTheDcc()
    {
        var page = await app.OpenAsync(RunSeriousViolence);
        var description = $"DCC to review the DA delivery plan {Guid.NewGuid():N}.";

        await Notes(page).FillAsync($"The plan was discussed.\nACTION: {description}");

        var proposals = Proposals(page);
        await Expect(proposals).ToContainTextAsync($"Proposed action: {description}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Serious violence");
        await Expect(proposals).ToContainTextAsync("Owner: DCC – Deputy Chief Constable (Rachel Jones, acting)");
        await DueFarAheadAsync(proposals);
        await proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        var raised = page.Locator("section.run-item-actions li", new() { HasText = description });
        await Expect(raised.Locator("strong")).ToHaveTextAsync("DCC (Rachel Jones)");
        await Expect(proposals).ToContainTextAsync($"Action raised: {description}");
        await Expect(proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CtrlEnterInTheNotes_ConfirmsTheFirstProposal()
    {
        var page = await app.OpenAsync(RunSeriousViolence);
        var first = $"CC to share the reality testing results {Guid.NewGuid():N}.";
        var second = $"DCC to confirm the uplift posts {Guid.NewGuid():N}.";
        var notes = Notes(page);
        await notes.FillAsync($"ACTION: {first}\nACTION: {second}");

        var proposals = Proposals(page);
        await Expect(proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToHaveCountAsync(2);
        await DueFarAheadAsync(proposals.Locator("article").First);
        await notes.FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("section.run-item-actions li", new() { HasText = first }).Locator("strong")).ToHaveTextAsync("CC (Richard Cooper)");
        await Expect(proposals).ToContainTextAsync($"Action raised: {first}");
        await Expect(proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToHaveCountAsync(1);
        await Expect(proposals).ToContainTextAsync($"Proposed action: {second}");
    }

    [Fact]
    public async Task LineConfirmedInOneBrowser_IsNoLongerProposedInAnother()
    {
        var minuteTaker = await app.OpenAsync(RunSeriousViolence);
        var chair = await app.OpenAsync(RunSeriousViolence, DemoAccounts.Chair);
        var description = $"DCC to brief the PCC on MARAC referrals {Guid.NewGuid():N}.";
        foreach (var page in new[] { minuteTaker, chair })
        {
            await Notes(page).FillAsync($"ACTION: {description}");
            await Expect(Proposals(page)).ToContainTextAsync($"Proposed action: {description}");
        }

        await DueFarAheadAsync(Proposals(chair));
        await Proposals(chair).GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(minuteTaker.Locator("section.run-item-actions li", new() { HasText = description }).Locator("strong")).ToHaveTextAsync("DCC (Rachel Jones)");
        await Expect(Proposals(minuteTaker)).Not.ToContainTextAsync($"Proposed action: {description}");
    }

    [Fact]
    public async Task UnresolvableOwner_IsFlaggedAndConfirmIsRefusedUntilChosen()
    {
        var page = await app.OpenAsync(RunSeriousViolence);
        var description = $"QZ to circulate the MARAC figures {Guid.NewGuid():N}.";

        await Notes(page).FillAsync($"ACTION: {description}");

        var proposals = Proposals(page);
        await Expect(proposals).ToContainTextAsync("Owner not recognised: “QZ”. Choose who owns this action.");
        await Expect(proposals.GetByLabel("Owner for “QZ”")).ToBeVisibleAsync();
        await proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(proposals.GetByRole(AriaRole.Alert)).ToContainTextAsync("Owner not recognised: “QZ”. Choose who owns this action.");
        await Expect(page.Locator("section.run-item-actions li", new() { HasText = description })).ToHaveCountAsync(0);

        await AxeScan.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task LineSetAsideAsNotAnAction_IsNotProposedAgain_AndCtrlEnterConfirmsTheNextOne()
    {
        var page = await app.OpenAsync(RunSeriousViolence);
        var mention = $"CC to note that actions 3 and 4 were closed last time {Guid.NewGuid():N}.";
        var real = $"DCC to confirm the uplift posts {Guid.NewGuid():N}.";
        var notes = Notes(page);
        await notes.FillAsync($"ACTION: {mention}\nACTION: {real}");

        var proposals = Proposals(page);
        await Expect(proposals.GetByRole(AriaRole.Button, new() { Name = "Not an action" })).ToHaveCountAsync(2);
        await proposals.Locator("article").First.GetByRole(AriaRole.Button, new() { Name = "Not an action" }).ClickAsync();

        await Expect(proposals).ToContainTextAsync($"Not an action: {mention}");
        await Expect(proposals.Locator("article")).ToHaveCountAsync(1);
        await Expect(proposals.Locator("article")).ToContainTextAsync($"Proposed action: {real}");
        // More typing does not bring it back; Ctrl+Enter confirms the line still proposed.
        await notes.PressSequentiallyAsync("\nThe panel noted the update.");
        await DueFarAheadAsync(proposals.Locator("article").First);
        await notes.FocusAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("section.run-item-actions li", new() { HasText = real })).ToHaveCountAsync(1);
        await Expect(page.Locator("section.run-item-actions li", new() { HasText = mention })).ToHaveCountAsync(0);
        await Expect(proposals).Not.ToContainTextAsync($"Proposed action: {mention}");
    }

    /// <summary>Due in 2030 rather than by the (2021) next meeting: the shared demo data's overdue figures stay as they were.</summary>
    private static async Task DueFarAheadAsync(ILocator proposal)
    {
        await proposal.GetByLabel("Due by the next meeting").UncheckAsync();
        await proposal.GetByLabel("Due date").FillAsync("2030-12-31");
    }

    private static ILocator Notes(IPage page) => page.Locator("textarea.notes-textarea");

    private static ILocator Proposals(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Proposed actions from the notes" });
}
