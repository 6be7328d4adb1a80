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
        await officer.GetByLabel("Progress update").FillAsync("Rota for the DA desk agreed with the control room.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();
        await Expect(officer.Locator(".timeline")).ToContainTextAsync("Rota for the DA desk agreed with the control room.");

        await officer.GetByLabel("What was done (evidence)").FillAsync("DA desk staffed 08:00–02:00 from 1 November.");
        await officer.GetByLabel("Link to evidence (optional)").FillAsync("https://intranet.example/da-desk-rota");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mark completed – awaiting sign-off" }).ClickAsync();
        await Expect(officer.Locator(".action-facts")).ToContainTextAsync("Completed – awaiting sign-off");
        await Expect(trackerRow).ToContainTextAsync("Completed – awaiting");

        var myActions = await app.OpenAsync("/my-actions", DemoAccounts.ChiefOfficer);
        await Expect(myActions.Locator("section[aria-labelledby='group-awaiting-sign-off']")).ToContainTextAsync("AT-0012-2");

        await trackerRow.GetByRole(AriaRole.Link, new() { Name = "AT-0012-2" }).ClickAsync();
        await tracker.GetByLabel("Sign-off comment (optional)").FillAsync("Seen the rota: closed.");
        await tracker.GetByRole(AriaRole.Button, new() { Name = "Sign off and close" }).ClickAsync();
        await Expect(tracker.Locator(".action-facts")).ToContainTextAsync("Closed");

        await Expect(myActions.Locator("section[aria-labelledby='group-closed-recently']")).ToContainTextAsync("AT-0012-2");
        await Expect(myActions.Locator("section[aria-labelledby='group-awaiting-sign-off']")).Not.ToContainTextAsync("AT-0012-2");
    }

    [Fact]
    public async Task ExtensionRequest_InThePastIsRefused_ThenApprovalMovesTheDueDate()
    {
        var officer = await app.OpenAsync(DeferredAction, DemoAccounts.ChiefOfficer);
        await officer.GetByLabel("New due date requested").FillAsync("2020-01-01");
        await officer.GetByLabel("Reason").FillAsync("Awaiting the HMICFRS report.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Request extension" }).ClickAsync();
        await Expect(officer.Locator(".validation-message")).ToContainTextAsync("The new due date cannot be in the past");

        await officer.GetByLabel("New due date requested").FillAsync("2031-03-31");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Request extension" }).ClickAsync();
        await Expect(officer.GetByText("was requested by Richard Cooper and is waiting for a decision")).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Approve extension" })).ToHaveCountAsync(0);

        var secretariat = await app.OpenAsync(DeferredAction);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Approve extension" }).ClickAsync();
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
        await officer.GetByLabel("Progress update").FillAsync("Audit of MARAC referral times started.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add update" }).ClickAsync();

        await Expect(broughtForward).Not.ToContainTextAsync("Update not received");
        await Expect(meeting.Locator("section[aria-labelledby='brought-forward-heading'] tr[data-reference='AT-0008-1']")).ToContainTextAsync("Update not received");
    }
}
