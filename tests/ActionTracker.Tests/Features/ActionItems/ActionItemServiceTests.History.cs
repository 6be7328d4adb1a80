using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary>Every edit appends history rows saying what changed, from what, to what, by whom.</summary>
public partial class ActionItemServiceTests
{
    [Fact]
    public async Task SaveAsync_DescriptionDueDateAndOwnersEdited_OneRowEachFromTo()
    {
        var id = await RaiseAsync();
        var edit = Edits.Of(await ReadActionAsync(id));
        edit.Description = "Provide the response-time figures by division and by shift.";
        edit.DueDate = new DateOnly(2025, 2, 14);
        edit.Owners = [OwnerChoice.Post(Seed.ChiefConstablePostId), OwnerChoice.Body("the CRB")];

        await Actions.SaveAsync(edit);

        var history = (await ReadActionAsync(id)).History.Skip(1).Select(h => (h.Change, h.From, h.To, h.By));
        Assert.Equal(
            [
                ("Description", NewAction().Description, edit.Description, TestDatabase.SignedInName),
                ("Due date", "31 January 2025", "14 February 2025", TestDatabase.SignedInName),
                ("Owners", TestData.OfficerName, "CC, the CRB", TestDatabase.SignedInName),
            ],
            history);
    }

    [Fact]
    public async Task SaveAsync_TargetMeetingAndThemeSet_RowsRecordThem()
    {
        var id = await RaiseAsync();
        var edit = Edits.Of(await ReadActionAsync(id));
        (edit.DueDate, edit.TargetMeetingId, edit.Theme) = (null, Seed.NextMeetingId, "Response");

        await Actions.SaveAsync(edit);

        var history = (await ReadActionAsync(id)).History.Skip(1).Select(h => (h.Change, h.From, h.To));
        Assert.Equal(
            [("Due date", "31 January 2025", null), ("Target meeting", null, "Holding to account 2025-01"), ("Theme", null, "Response")],
            history);
    }

    [Fact]
    public async Task SaveAsync_EditChangingNothing_AddsNoHistory()
    {
        var id = await RaiseAsync();

        await Actions.SaveAsync(Edits.Of(await ReadActionAsync(id)));

        Assert.Single((await ReadActionAsync(id)).History);
    }
}
