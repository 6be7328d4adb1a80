using ActionTracker.Web.Components.Shared;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using Bunit;

namespace ActionTracker.Tests.Components.Shared;

public sealed class StatusTagTests
{
    [Theory]
    [InlineData(ActionStatus.Open, "Open", "status-open")]
    [InlineData(ActionStatus.InProgress, "In progress", "status-inprogress")]
    [InlineData(ActionStatus.AwaitingSignOff, "Completed – awaiting sign-off", "status-awaitingsignoff")]
    [InlineData(ActionStatus.Deferred, "Deferred", "status-deferred")]
    [InlineData(ActionStatus.Closed, "Closed", "status-closed")]
    [InlineData(ActionStatus.Cancelled, "Cancelled", "status-cancelled")]
    public async Task For_EachStatus_IsAChipWithItsName(ActionStatus status, string text, string statusClass)
    {
        await using var context = new BunitContext();

        var chip = context.Render(StatusTag.For(status)).Find("span.status-tag");

        Assert.Equal(text, chip.TextContent);
        Assert.Contains(statusClass, chip.ClassList);
        Assert.Equal(ActionStatusRules.Name(status), text);
    }

    [Fact]
    public async Task Component_RendersTheSameChipAsTheFragment()
    {
        await using var context = new BunitContext();

        var component = context.Render<StatusTag>(p => p.Add(t => t.Status, ActionStatus.Deferred));

        component.MarkupMatches(context.Render(StatusTag.For(ActionStatus.Deferred)).Markup);
    }
}
