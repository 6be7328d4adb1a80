using ActionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// The capture fixes in the run view of a meeting of the tests' own (a series of its own, dated 15 January 2030 with no
/// next meeting, so its actions fall due 28 days later, long after today, and no shared figure moves). Nobody attends
/// it: owners named by post resolve to the post's holder on the day, as in minutes written for an absent ACC or DCC.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class CaptureTests(AppServer app)
{
    private static readonly DateOnly MeetingDate = new(2030, 1, 15);

    [Fact]
    public async Task ActionOnTheActionsArisingLine_IsProposed_AndRaisedOnceAnOwnerIsChosen()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services, MeetingDate);
        var page = await app.OpenAsync(meeting.RunPath);
        var description = $"Findings from the rape survey to be shared with the PCC's office {Guid.NewGuid():N}";

        await Notes(page).FillAsync($"The survey was discussed.\nActions arising: {description}");

        var proposals = Proposals(page);
        await Expect(proposals).ToContainTextAsync($"Proposed action: {description}");
        await Expect(proposals).ToContainTextAsync("No owner was named: choose who owns this action.");
        await proposals.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "DCC – Deputy Chief Constable (Rachel Jones, acting)" });
        await proposals.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(RaisedActions(page, description).Locator("strong")).ToHaveTextAsync("DCC (Rachel Jones)");
        await Expect(proposals).ToContainTextAsync($"Action raised: {description}");
        await AxeScan.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task NoNextMeeting_CtrlEnterAlone_RaisesTheActionDueAfterTheSecretariatsPeriod()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services, MeetingDate);
        var page = await app.OpenAsync(meeting.RunPath);
        var description = $"CC to share the reality testing results {Guid.NewGuid():N}.";
        var notes = Notes(page);

        // Keyboard alone: type the line, then Ctrl+Enter; no date picked, no owner chosen (the CC is not in the room).
        await notes.FocusAsync();
        await page.Keyboard.InsertTextAsync($"ACTION: {description}");
        var proposal = Proposals(page).Locator("article");
        await Expect(proposal).ToContainTextAsync("Owner: CC – Chief Constable (Richard Cooper, acting)");
        await Expect(proposal.GetByLabel("Due date")).ToHaveValueAsync("2030-02-12");
        await Expect(proposal.GetByLabel("Due by the next meeting")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Control+Enter");

        var raised = RaisedActions(page, description);
        await Expect(raised.Locator("strong")).ToHaveTextAsync("CC (Richard Cooper)");
        await Expect(Proposals(page)).ToContainTextAsync($"Action raised: {description}");
        Assert.Equal(new DateOnly(2030, 2, 12), await DueDateAsync(description));
    }

    private async Task<DateOnly?> DueDateAsync(string description)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.ActionItems.Where(a => a.Description == description).Select(a => a.DueDate).SingleAsync();
    }

    private static ILocator RaisedActions(IPage page, string description) => page.Locator("section.run-item-actions li", new() { HasText = description });

    private static ILocator Notes(IPage page) => page.Locator("textarea.notes-textarea");

    private static ILocator Proposals(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Proposed actions from the notes" });
}
