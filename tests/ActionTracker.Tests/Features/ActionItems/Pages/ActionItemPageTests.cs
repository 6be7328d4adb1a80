using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems.Pages;

/// <summary>The action page rendered with the real services over SQLite, as the secretariat or a chief officer.</summary>
public sealed class ActionItemPageTests : DatabaseTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Page_ShowsTheActionsWordsAsTheHeading_AndASummary()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);

        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });

        page.WaitForAssertion(() => Assert.Equal("Provide the response-time figures by division.", page.Find("h1").TextContent.Trim()), Wait);
        var reference = (await ReadActionAsync(id)).Action.Reference;
        Assert.Contains(reference, page.Find(".action-reference").TextContent, StringComparison.Ordinal);
        var summary = page.Find(".action-summary").TextContent;
        Assert.Contains(TestData.OfficerName, summary, StringComparison.Ordinal);
        Assert.Contains("31 January 2025", summary, StringComparison.Ordinal);
        Assert.Equal("Open", page.Find(".action-summary .status-tag").TextContent.Trim());
        Assert.Contains("No progress reported yet.", page.Find(".latest-update").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_ChiefOfficerOwningAnActionAwaitingSignOff_MayReportProgress_ButNotSignOffOrEdit_WhichTheSecretariatMay()
    {
        var id = await RaiseAsync();
        await Db.Actions().ChangeStatusAsync(new ChangeActionStatus
        {
            ActionItemId = id, Version = (await ReadActionAsync(id)).Action.Version, Status = ActionStatus.AwaitingSignOff,
        });

        await using (var officer = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.OfficerId)))
        {
            var page = officer.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });
            page.Button("Report progress");
            Assert.Empty(page.Buttons("Sign off"));
            Assert.Empty(page.Buttons("Edit action"));
            Assert.Empty(page.Buttons("Defer"));
        }

        await using var secretariat = AppComponents.Create(Db, Caller.Secretariat);
        var managerPage = secretariat.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });
        managerPage.Button("Sign off");
        managerPage.Button("Edit action");
    }

    [Fact]
    public async Task ReportProgress_ThroughTheDialog_SavesConfirmsAndShowsTheUpdateInTheSummaryAndHistory()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.OfficerId));
        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });

        page.Button("Report progress").Click();
        page.Dialog();
        await page.Field("Progress update").ChangeAsync(new() { Value = "Figures for two divisions collected." });
        page.Button("Add update").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[role=dialog]")), Wait);
        page.WaitForAssertion(() => Assert.Contains("Progress update added.", page.Markup, StringComparison.Ordinal), Wait);
        page.WaitForAssertion(() => Assert.Contains("Figures for two divisions collected.", page.Find(".latest-update").TextContent, StringComparison.Ordinal), Wait);
        Assert.Contains("Figures for two divisions collected.", page.Find(".timeline").TextContent, StringComparison.Ordinal);
        Assert.Equal("Figures for two divisions collected.", (await ReadActionAsync(id)).History[^1].Note);
    }

    [Fact]
    public async Task ReportProgress_RefusedByTheService_KeepsTheTypedTextAndSaysWhy()
    {
        var id = await RaiseAsync();
        // A chief officer, but not this action's owner: the page offers the task to the role, the service refuses the person.
        await using var context = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.ChairId));
        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });
        var updatesBefore = await CountUpdatesAsync(id);

        page.Button("Report progress").Click();
        await page.Field("Progress update").ChangeAsync(new() { Value = "Not mine to report." });
        page.Button("Add update").Click();

        page.WaitForAssertion(() => Assert.Contains("You can only update actions you own", page.Find("[role=dialog] [role=alert]").TextContent, StringComparison.Ordinal), Wait);
        Assert.Equal("Not mine to report.", page.Field("Progress update").GetAttribute("value") ?? page.Field("Progress update").TextContent);
        Assert.DoesNotContain("Progress update added.", page.Markup, StringComparison.Ordinal);
        Assert.Equal(updatesBefore, await CountUpdatesAsync(id));
    }

    [Fact]
    public async Task ReportProgress_Empty_ShowsTheReasonNextToTheFieldInTheDialog()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.ChiefOfficer(Seed.OfficerId));
        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });

        page.Button("Report progress").Click();
        page.Button("Add update").Click();

        page.WaitForAssertion(() => Assert.Contains("Write the update", page.Dialog().TextContent, StringComparison.Ordinal), Wait);
        Assert.Single(page.FindAll("[role=dialog]"));
    }

    [Fact]
    public async Task EditAction_Saved_ClosesTheDialog_ConfirmsAndShowsTheNewWords()
    {
        var id = await RaiseAsync();
        await using var context = AppComponents.Create(Db, Caller.Secretariat);
        var page = context.RenderPage<ActionItemPage>(new Dictionary<string, object?> { ["Id"] = id });
        page.Button("Edit action").Click();

        await page.Field("Action").InputAsync(new() { Value = "Provide the response-time figures by division and by hour." });
        page.Button("Save changes").Click();

        page.WaitForAssertion(() => Assert.Equal("Provide the response-time figures by division and by hour.", page.Find("h1").TextContent.Trim()), Wait);
        Assert.Empty(page.FindAll("[role=dialog]"));
        Assert.Contains("Changes to the action saved.", page.Markup, StringComparison.Ordinal);
    }

    private async Task<int> CountUpdatesAsync(int id)
    {
        await using var db = Db.NewContext();
        return await db.ActionUpdates.CountAsync(u => u.ActionItemId == id);
    }
}
