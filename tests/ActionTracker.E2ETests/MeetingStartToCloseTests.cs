using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>
/// A meeting from start to close: the secretariat starts it, reviews what is brought forward, defers an action (the chair
/// sees it live) and closes it scheduling the next, which the minutes confirm. The test makes its own series of meetings,
/// so the demo's meetings, which other tests use, stay as they are.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class MeetingStartToCloseTests(AppServer app)
{
    [Fact]
    public async Task SecretariatStartsDefersAndCloses_ChairSeesTheDeferralLive_MinutesConfirmTheNextMeeting()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (meetingId, reference, later) = await ArrangeSeriesAsync(tag);
        var today = app.Services.GetRequiredService<AppClock>().Today;

        var secretariat = await app.OpenAsync($"/meetings/{meetingId}/run");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Start meeting" }).ClickAsync();
        await Expect(secretariat.Locator(".run-header .meeting-status")).ToContainTextAsync("In session");
        var review = secretariat.Locator("section[aria-labelledby='brought-forward-heading']");
        var row = review.Locator($"tr[data-reference='{reference}']");
        await Expect(row).ToContainTextAsync($"Share the patrol figures {tag}");

        var chair = await app.OpenAsync($"/meetings/{meetingId}/run", DemoAccounts.Chair);
        var chairRow = chair.Locator($"section[aria-labelledby='brought-forward-heading'] tr[data-reference='{reference}']");
        await Expect(chairRow).ToContainTextAsync($"Share the patrol figures {tag}");
        await Expect(chairRow).Not.ToContainTextAsync("deferred");

        // The row's Review button opens its four decisions under it.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Review {reference}", Exact = true }).ClickAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = $"Defer {reference}", Exact = true }).ClickAsync();
        await review.GetByLabel("Defer to meeting").SelectOptionAsync(new SelectOptionValue { Value = later.ToString(UkFormat.Culture) });
        await review.GetByLabel("Reason for deferring").FillAsync("The force's figures are not ready.");
        await AxeScan.AssertNoSeriousViolationsAsync(secretariat);
        await review.GetByRole(AriaRole.Button, new() { Name = "Defer action", Exact = true }).ClickAsync();
        await Expect(review.GetByRole(AriaRole.Status).Filter(new() { HasText = reference })).ToHaveTextAsync($"{reference}: Deferred.");
        await Expect(row).ToContainTextAsync("deferred 1 time");
        await Expect(chairRow).ToContainTextAsync("deferred 1 time");

        var close = secretariat.Locator("section[aria-labelledby='close-meeting-heading']");
        await Expect(close.Locator("table.actions-arising")).ToContainTextAsync($"Raised at the meeting {tag}");
        // An action raised meanwhile elsewhere (the minutes view, in another tab) joins the summary without a reload.
        var minutes = await app.OpenAsync($"/meetings/{meetingId}");
        var raise = minutes.Locator("section[aria-labelledby='raise-action']");
        await raise.GetByLabel("Action", new() { Exact = true }).FillAsync($"Raised during the meeting {tag}");
        await raise.GetByLabel("Or a named body").FillAsync("Victims' services");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Add body" }).ClickAsync();
        await raise.GetByLabel("Due date").FillAsync("2031-05-01");
        await raise.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await Expect(close.Locator("table.actions-arising")).ToContainTextAsync($"Raised during the meeting {tag}");
        await minutes.Context.CloseAsync();
        await close.GetByLabel("Date", new() { Exact = true }).FillAsync(today.AddDays(56).ToString("yyyy-MM-dd", UkFormat.Culture));
        await close.GetByLabel("Venue").FillAsync($"Room {tag}");
        await close.GetByRole(AriaRole.Button, new() { Name = "Close meeting" }).ClickAsync();
        await Expect(secretariat.Locator(".run-header .meeting-status")).ToContainTextAsync("Held");

        await AppServer.GoToAsync(secretariat, $"/meetings/{meetingId}");
        var confirmation = secretariat.Locator("li.agenda-item").Filter(new() { HasText = "Confirmation of next meeting" });
        await Expect(confirmation).ToContainTextAsync($"Room {tag}");
        await Expect(confirmation).ToContainTextAsync(today.AddDays(56).ToString("d MMMM yyyy", UkFormat.Culture));
    }

    /// <summary>
    /// A series of its own: a meeting held three weeks ago with an open action, today's scheduled meeting (with one action
    /// raised at it) and a later one. Returns today's meeting, the action brought forward to it and the later meeting.
    /// </summary>
    private async Task<(int MeetingId, string Reference, int Later)> ArrangeSeriesAsync(string tag)
    {
        var today = app.Services.GetRequiredService<AppClock>().Today;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var chairId = await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var series = new MeetingSeries { Name = $"Run test {tag}", Type = MeetingType.HoldingToAccount };
        Meeting Add(int days, MeetingStatus status) => db.Meetings.Add(new Meeting
        {
            Series = series, Type = series.Type, Title = $"Run test {tag} {days}", Date = today.AddDays(days), StartTime = new(10, 0),
            Venue = "Hindlip Hall", ChairId = chairId, Status = status,
        }).Entity;
        var (earlier, meeting, later) = (Add(-21, MeetingStatus.Held), Add(0, MeetingStatus.Scheduled), Add(28, MeetingStatus.Scheduled));
        await db.SaveChangesAsync();

        ActionItem Raise(Meeting at, string description) => db.ActionItems.Add(new ActionItem
        {
            MeetingId = at.Id, Number = 1, Reference = ActionReference.For(at.Id, 1), Description = description, DueDate = today.AddDays(14),
            Status = ActionStatus.Open, CreatedAtUtc = DateTime.UtcNow, Owners = { new ActionOwner { BodyName = $"Force lead {tag}" } },
        }).Entity;
        var broughtForward = Raise(earlier, $"Share the patrol figures {tag}");
        Raise(meeting, $"Raised at the meeting {tag}");
        await db.SaveChangesAsync();
        return (meeting.Id, broughtForward.Reference, later.Id);
    }
}
