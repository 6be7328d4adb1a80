using ActionTracker.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>Chief officers update their actions between meetings; the secretariat sees it live and signs off.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class BetweenMeetingsTests(AppServer app)
{
    // Demo actions owned by the post CC, which Richard Cooper (the demo chief officer) holds, acting.
    private const string StaffingAction = "/actions/24";
    private const string DeferredAction = "/actions/12";

    [Fact]
    public async Task ChiefOfficerCompletes_SecretariatSeesItLiveAndSignsOff_MyActionsShowsItClosedWithoutReload()
    {
        var tracker = await app.OpenAsync("/actions?q=AT-0012-2");
        var trackerRow = tracker.Locator(".tracker-grid tbody tr").Filter(new() { HasText = "AT-0012-2" });
        await Expect(trackerRow).ToContainTextAsync("In progress");

        var officer = await app.OpenAsync(StaffingAction, DemoAccounts.ChiefOfficer);
        await ReportProgressAsync(officer, "Rota for the DA desk agreed with the control room.");
        await Expect(officer.GetByText("Progress update added.")).ToBeVisibleAsync();
        await Expect(officer.Locator(".latest-update")).ToContainTextAsync("Rota for the DA desk agreed with the control room.");
        await Expect(officer.Locator(".timeline")).ToContainTextAsync("Rota for the DA desk agreed with the control room.");

        var complete = await OpenTaskAsync(officer, "Mark completed");
        await complete.GetByLabel("What was done (evidence)").FillAsync("DA desk staffed 08:00–02:00 from 1 November.");
        await complete.GetByLabel("Link to evidence (optional)").FillAsync("https://intranet.example/da-desk-rota");
        await complete.GetByRole(AriaRole.Button, new() { Name = "Mark completed – awaiting sign-off" }).ClickAsync();
        await Expect(officer.Locator(".action-facts")).ToContainTextAsync("Completed – awaiting sign-off");
        await Expect(complete).ToHaveCountAsync(0);
        await Expect(trackerRow).ToContainTextAsync("Completed – awaiting");

        var myActions = await app.OpenAsync("/my-actions", DemoAccounts.ChiefOfficer);
        await Expect(myActions.Locator("section[aria-labelledby='group-awaiting-sign-off']")).ToContainTextAsync("AT-0012-2");

        await trackerRow.GetByRole(AriaRole.Link, new() { Name = "AT-0012-2" }).ClickAsync();
        await tracker.Locator("main[data-interactive='true'] .action-tasks").WaitForAsync();
        var signOff = await OpenTaskAsync(tracker, "Sign off");
        await signOff.GetByLabel("Sign-off comment (optional)").FillAsync("Seen the rota: closed.");
        await signOff.GetByRole(AriaRole.Button, new() { Name = "Sign off and close" }).ClickAsync();
        await Expect(tracker.GetByText("Signed off: the action is closed.")).ToBeVisibleAsync();
        await Expect(tracker.Locator(".action-facts")).ToContainTextAsync("Closed");

        await Expect(myActions.Locator("section[aria-labelledby='group-closed-recently']")).ToContainTextAsync("AT-0012-2");
        await Expect(myActions.Locator("section[aria-labelledby='group-awaiting-sign-off']")).Not.ToContainTextAsync("AT-0012-2");
    }

    [Fact]
    public async Task ExtensionRequest_InThePastIsRefused_ThenApprovalMovesTheDueDate()
    {
        var officer = await app.OpenAsync(DeferredAction, DemoAccounts.ChiefOfficer);
        var request = await OpenTaskAsync(officer, "Ask for more time");
        await request.GetByLabel("New due date requested").FillAsync("01/01/2020");
        await request.GetByLabel("Reason", new() { Exact = true }).FillAsync("Awaiting the HMICFRS report.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Request extension" }).ClickAsync();
        await Expect(request.Locator(".validation-message")).ToContainTextAsync("The new due date cannot be in the past");
        // Refused: the dialog stays open with what was typed.
        await Expect(request.GetByLabel("Reason", new() { Exact = true })).ToHaveValueAsync("Awaiting the HMICFRS report.");

        await request.GetByLabel("New due date requested").FillAsync("31/03/2031");
        await request.GetByRole(AriaRole.Button, new() { Name = "Request extension" }).ClickAsync();
        await Expect(officer.GetByText("Extension to 31 March 2031 requested")).ToBeVisibleAsync();
        await Expect(officer.GetByText("was requested by Richard Cooper and is waiting for a decision")).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Decide extension" })).ToHaveCountAsync(0);

        var secretariat = await app.OpenAsync(DeferredAction);
        var decide = await OpenTaskAsync(secretariat, "Decide extension");
        await decide.GetByRole(AriaRole.Button, new() { Name = "Approve extension" }).ClickAsync();
        await Expect(secretariat.Locator(".action-facts")).ToContainTextAsync("31 March 2031");
        await Expect(secretariat.Locator(".timeline")).ToContainTextAsync("Extension approved");
        await Expect(officer.Locator(".action-facts")).ToContainTextAsync("31 March 2031");
    }

    [Fact]
    public async Task NextMeeting_BringsForwardOpenActions_FlagsUpdateNotReceived_UntilTheOwnerUpdatesLive()
    {
        // Meeting 13 is the next Monthly Assurance meeting in the demo; AT-0011-1 was raised at an earlier one.
        var meeting = await app.OpenAsync("/meetings/13");
        var broughtForward = meeting.Locator("section[aria-labelledby='brought-forward-heading'] tr[data-reference='AT-0011-1']");
        await Expect(broughtForward).ToContainTextAsync("Update not received");

        var officer = await app.OpenAsync("/actions/20", DemoAccounts.ChiefOfficer);
        await ReportProgressAsync(officer, "Audit of MARAC referral times started.");

        await Expect(broughtForward).Not.ToContainTextAsync("Update not received");
        await Expect(meeting.Locator("section[aria-labelledby='brought-forward-heading'] tr[data-reference='AT-0008-1']")).ToContainTextAsync("Update not received");
    }

    [Fact]
    public async Task MyActions_ReportProgressFromARow_ConfirmsAndTheActionPageShowsIt()
    {
        var myActions = await app.OpenAsync("/my-actions", DemoAccounts.ChiefOfficer);
        var offered = await myActions.Locator("li.my-action-row:has(button)").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.reference)");
        // Any of Richard Cooper's actions that the other tests of this server leave alone (they watch AT-0011-1 and AT-0012-2).
        var reference = offered.First(r => r is not ("AT-0011-1" or "AT-0012-2"));
        await myActions.GetByRole(AriaRole.Button, new() { Name = $"Report progress on {reference}" }).ClickAsync();
        var dialog = myActions.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Progress update").FillAsync("Workshop with the force control room booked.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(myActions.GetByText($"{reference}: Progress update added.")).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await myActions.Locator($"li[data-reference='{reference}'] a").ClickAsync();
        await Expect(myActions.Locator(".latest-update")).ToContainTextAsync("Workshop with the force control room booked.");
    }

    /// <summary>Opens a task's dialog from the action page's task buttons; returns the dialog.</summary>
    private static async Task<ILocator> OpenTaskAsync(IPage page, string task)
    {
        await page.Locator(".action-tasks").GetByRole(AriaRole.Button, new() { Name = task, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    private static async Task ReportProgressAsync(IPage page, string text)
    {
        var dialog = await OpenTaskAsync(page, "Report progress");
        await dialog.GetByLabel("Progress update").FillAsync(text);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }
}
