using System.Text.RegularExpressions;
using ActionTracker.Web.Features.Account;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>The bell and the notifications page for the demo chief officer, and the calendar feed's address.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed partial class NotificationTests(AppServer app)
{
    [Fact]
    public async Task ActionRaisedForTheChiefOfficer_BellGoesUpLive_PageListsIt_MarkedReadItGoesDown()
    {
        var officer = await app.OpenAsync("/notifications", DemoAccounts.ChiefOfficer);
        var bell = officer.GetByRole(AriaRole.Link, new() { NameRegex = BellName() });
        var before = await bell.GetAttributeAsync("aria-label");
        var description = $"CC to brief the panel on 101 call waits {Guid.NewGuid():N}"[..48];

        var secretariat = await app.OpenAsync("/meetings/1");
        var raise = secretariat.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync(description);
        await raise.GetByLabel("Person or post").SelectOptionAsync(new SelectOptionValue { Label = "Richard Cooper" });
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add owner" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("2031-05-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();

        // Neither of the officer's pages was reloaded: the bell and the list hear of the change over the circuit.
        var notice = officer.Locator("li.notification").Filter(new() { HasText = description });
        await Expect(notice).ToContainTextAsync("is assigned to you");
        await Expect(bell).Not.ToHaveAttributeAsync("aria-label", before!);
        var raised = Count(await bell.GetAttributeAsync("aria-label"));
        Assert.True(raised > Count(before), $"The bell went from '{before}' to {raised}.");
        await AxeScan.AssertNoSeriousViolationsAsync(officer);

        await notice.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Mark as read") }).ClickAsync();

        await Expect(bell).ToHaveAttributeAsync("aria-label", raised == 1 ? "Notifications, none unread" : $"Notifications, {raised - 1} unread");
        await Expect(notice.Locator(".unread-tag")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SettingsPage_MakesAFeedAddress_ItAnswersWithoutSignInAndAWrongTokenIs404()
    {
        var officer = await app.OpenAsync("/notifications/settings", DemoAccounts.ChiefOfficer);
        await AxeScan.AssertNoSeriousViolationsAsync(officer);

        await officer.GetByRole(AriaRole.Button, new() { Name = "Make a feed address" }).Or(
            officer.GetByRole(AriaRole.Button, new() { Name = "Make a new address" })).ClickAsync();
        var address = await officer.GetByLabel("Your calendar feed address").InputValueAsync();

        var anonymous = await app.NewPageAsync(account: null);
        var feed = await anonymous.APIRequest.GetAsync(new Uri(address).PathAndQuery);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (await anonymous.APIRequest.GetAsync("/calendar/not-the-token.ics")).Status);
        var meeting = await officer.APIRequest.GetAsync("/meetings/1/calendar.ics");
        Assert.Equal(("text/calendar; charset=utf-8", 200), (meeting.Headers["content-type"], meeting.Status));
        Assert.Contains("BEGIN:VEVENT", await meeting.TextAsync(), StringComparison.Ordinal);
    }

    private static int Count(string? label) => label is null || label.Contains("none", StringComparison.Ordinal)
        ? 0 : int.Parse(CountPattern().Match(label).Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^Notifications, ")]
    private static partial Regex BellName();

    [GeneratedRegex(@"\d+")]
    private static partial Regex CountPattern();
}
