using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>The notices a change to an action writes, in the same save, and the mails they become.</summary>
public sealed class ActionNotificationsTests : NotificationTest
{
    [Fact]
    public async Task SaveAsync_RaisedForAPost_TheActingHolderIsMailedWithALinkToTheAction()
    {
        var id = await RaiseForAsync(OwnerChoice.Post(Seed.ChiefConstablePostId));

        Assert.Equal("reminders sent=1 skipped=0 failed=0", await RunPassAsync());

        var mail = Assert.Single(Smtp.Received);
        Assert.Equal(HolderEmail, mail.To.Mailboxes.Single().Address);
        Assert.Equal($"Action {ActionReference.For(Seed.MeetingId, 1)} is assigned to you", mail.Subject);
        Assert.Contains($"Open it here: {BaseUrl}/actions/{id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Due: 31 January 2025.", mail.TextBody, StringComparison.Ordinal);
        var notice = Assert.Single(await NotificationsAsync());
        Assert.Equal((MailStatus.Sent, id), (notice.MailStatus, notice.ActionItemId));
    }

    [Fact]
    public async Task SaveAsync_Reassigned_OnlyTheNewOwnerHears()
    {
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        var edit = SaveActionItem.From((await ReadActionAsync(id)).Action);
        edit.Owners = [OwnerChoice.Person(Seed.OfficerId), OwnerChoice.Post(Seed.ChiefConstablePostId)];

        await Actions.SaveAsync(edit);
        await RunPassAsync();

        Assert.Equal([OfficerEmail, HolderEmail], Mails().Select(m => m.To));
    }

    [Fact]
    public async Task SaveAsync_NamedBodyOrEditWithoutNewOwners_NoNotice()
    {
        var id = await RaiseForAsync(OwnerChoice.Body("Force and PCC leads"));
        var edit = SaveActionItem.From((await ReadActionAsync(id)).Action);
        edit.Description = "Provide the response-time figures by division and by month.";
        await Actions.SaveAsync(edit);

        Assert.Equal("reminders sent=0 skipped=0 failed=0", await RunPassAsync());
        Assert.Empty(await NotificationsAsync());
    }

    [Fact]
    public async Task CompleteAndSignOff_SecretariatAskedToSignOff_ThenOwnerToldItIsSignedOff()
    {
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        var officer = Officer(Seed.OfficerId);
        await Progress(officer).CompleteAsync(new CompleteAction { ActionItemId = id, Version = await VersionAsync(id), Evidence = "Figures sent to the OPCC." });
        await Progress(Caller.Secretariat).SignOffAsync(new SignOffAction { ActionItemId = id, Version = await VersionAsync(id) });

        await RunPassAsync();

        var reference = ActionReference.For(Seed.MeetingId, 1);
        Assert.Equal(
            [
                (OfficerEmail, $"Action {reference} is assigned to you"),
                (SecretariatEmail, $"Action {reference} is completed and awaits your sign-off"),
                (OfficerEmail, $"Action {reference} is signed off"),
            ],
            Mails());
        Assert.Contains("Figures sent to the OPCC.", Smtp.Received[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_RequestGoesToSecretariat_DecisionToOwner()
    {
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        await Progress(Officer(Seed.OfficerId)).RequestExtensionAsync(
            new RequestExtension { ActionItemId = id, NewDueDate = new DateOnly(2025, 2, 28), Reason = "Awaiting the audit." });
        await using (var db = Db.NewContext())
        {
            var request = db.ExtensionRequests.Single();
            await Progress(Caller.Secretariat).DecideExtensionAsync(new DecideExtension { RequestId = request.Id, Version = request.Version, Approve = true });
        }

        await RunPassAsync();

        var reference = ActionReference.For(Seed.MeetingId, 1);
        Assert.Equal((SecretariatEmail, $"More time is asked for on action {reference}"), Mails()[1]);
        Assert.Contains("28 February 2025: Awaiting the audit.", Smtp.Received[1].TextBody, StringComparison.Ordinal);
        Assert.Equal((OfficerEmail, $"Extension approved for action {reference}"), Mails()[2]);
    }

    [Fact]
    public async Task ChangeStatusAsync_Reopened_OwnerHears()
    {
        var id = await RaiseForAsync(OwnerChoice.Person(Seed.OfficerId));
        await Actions.ChangeStatusAsync(new ChangeActionStatus { ActionItemId = id, Version = await VersionAsync(id), Status = ActionStatus.Closed });
        await Actions.ChangeStatusAsync(new ChangeActionStatus { ActionItemId = id, Version = await VersionAsync(id), Status = ActionStatus.Open, Note = "Figures incomplete." });

        await RunPassAsync();

        Assert.Equal((OfficerEmail, $"Action {ActionReference.For(Seed.MeetingId, 1)} is reopened"), Mails()[^1]);
        Assert.Equal(2, Mails().Count);
    }

    [Fact]
    public async Task SaveAsync_Refused_NoNoticeIsWritten()
    {
        await AssertRejectedAsync(() => RaiseAsync(a => a.Description = ""), "Describe the action: who is to do what.");

        Assert.Empty(await NotificationsAsync());
    }

    private async Task<Guid> VersionAsync(int id) => (await ReadActionAsync(id)).Action.Version;
}
