using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>What the owner of an action (through the post they hold today) may do between meetings, and who may not.</summary>
public class OwnerProgressTests : ProgressTest
{
    public enum Outsider
    {
        ChiefOfficerHoldingNoPost,
        ChiefOfficerWhosePostEndedYesterday,
        ViewerLinkedToTheOwner,
    }

    [Fact]
    public async Task AddUpdateAsync_OwnerThroughPostHeldToday_UpdateRowByTheirDisplayName()
    {
        await AddUpdateAsync(Owner, "  Audit of the backlog has started.  ");

        var update = await LastHistoryAsync();
        Assert.Equal(("Update", ProgressDatabase.OwnerName, "Audit of the backlog has started."), (update.Change, update.By, update.Note));
        Assert.Equal(Db.Clock.UtcNow, update.AtUtc);
        Assert.Equal(ActionStatus.Open, (await ReadAsync()).Action.Status);
    }

    [Fact]
    public async Task CompleteAsync_OwnerWithEvidenceAndLink_AwaitingSignOffWithEvidenceRecorded()
    {
        await CompleteAsOwnerAsync(" Report presented to the board. ", " https://docs.force.example/backlog-report ");

        var details = await ReadAsync();
        Assert.Equal(ActionStatus.AwaitingSignOff, details.Action.Status);
        Assert.Equal(
            new HistoryEntry(Db.Clock.UtcNow, ProgressDatabase.OwnerName, "Status", "Open", ActionStatusRules.Name(ActionStatus.AwaitingSignOff),
                "Report presented to the board.", "https://docs.force.example/backlog-report"),
            details.History[^1]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///c:/reports/backlog.docx")]
    public async Task CompleteAsync_LinkThatIsNotAWebAddress_RefusedAndNothingSaved(string link)
    {
        await AssertInvalidAsync(() => CompleteAsOwnerAsync(link: link), "The link must be a web address starting with https:// or http://.");

        Assert.Equal(ActionStatus.Open, (await ReadAsync()).Action.Status);
    }

    [Fact]
    public async Task AddUpdateAsync_LongerThanLongText_RefusedAndNothingSaved() =>
        await AssertInvalidAsync(() => AddUpdateAsync(Owner, new string('x', FieldLimits.LongText + 1)),
            $"An update must be {FieldLimits.LongText} characters or fewer");

    [Theory]
    [InlineData(Outsider.ChiefOfficerHoldingNoPost)]
    [InlineData(Outsider.ChiefOfficerWhosePostEndedYesterday)]
    [InlineData(Outsider.ViewerLinkedToTheOwner)]
    public async Task AddUpdateAsync_CallerWhoDoesNotOwnIt_PermissionDeniedAndNothingSaved(Outsider outsider)
    {
        var caller = outsider switch
        {
            Outsider.ChiefOfficerHoldingNoPost => Db.NonOwner,
            Outsider.ChiefOfficerWhosePostEndedYesterday => Db.FormerHolder,
            _ => Owner with { Role = Roles.Viewer },
        };

        await AssertRefusedAsync<PermissionDeniedException>(() => AddUpdateAsync(caller));
    }
}
