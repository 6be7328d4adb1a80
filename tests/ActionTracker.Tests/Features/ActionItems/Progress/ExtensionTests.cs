using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using FluentValidation;

namespace ActionTracker.Tests.Features.ActionItems.Progress;

/// <summary>An owner asks for more time; the due date moves only when the secretariat or chair approves.</summary>
public class ExtensionTests : ProgressTest
{
    private static readonly DateOnly Requested = new(2025, 8, 29);

    [Fact]
    public async Task RequestExtensionAsync_DateBeforeTodayInLondon_RefusedAsInThePast() =>
        await AssertInvalidAsync(() => RequestExtensionAsOwnerAsync(ProgressDatabase.Yesterday),
            "The new due date cannot be in the past (today is 1 July 2025).");

    [Fact]
    public async Task RequestExtensionAsync_Valid_PendingRequestAndHistoryButDueDateUnchanged()
    {
        await RequestExtensionAsOwnerAsync(Requested, " Awaiting the audit. ");

        var request = await ReadRequestAsync();
        Assert.Equal(
            (Requested, "Awaiting the audit.", ProgressDatabase.OwnerName, Db.Clock.UtcNow, ExtensionDecision.Pending),
            (request.RequestedDueDate, request.Reason, request.RequestedBy, request.RequestedAtUtc, request.Decision));
        var details = await ReadAsync();
        Assert.Equal(DueDate, details.Action.DueDate);
        Assert.Equal(request.Id, details.PendingExtension?.Id);
        var row = details.History[^1];
        Assert.Equal(
            ("Extension requested", ProgressDatabase.OwnerName, UkFormat.Date(DueDate), UkFormat.Date(Requested), "Awaiting the audit."),
            (row.Change, row.By, row.From, row.To, row.Note));
    }

    [Fact]
    public async Task RequestExtensionAsync_WhileOneIsPending_Refused()
    {
        await RequestExtensionAsOwnerAsync(Requested);

        await AssertInvalidAsync(() => RequestExtensionAsOwnerAsync(Requested.AddDays(7)),
            "An extension request for this action is already waiting for a decision.");
    }

    [Fact]
    public async Task DecideExtensionAsync_Approved_DueDateMovesAndHistoryRecordsBoth()
    {
        await RequestExtensionAsOwnerAsync(Requested);

        await DecideAsync(Secretariat, approve: true);

        var request = await ReadRequestAsync();
        Assert.Equal((ExtensionDecision.Approved, Secretariat.DisplayName, Db.Clock.UtcNow), (request.Decision, request.DecidedBy, request.DecidedAtUtc));
        var details = await ReadAsync();
        Assert.Equal(Requested, details.Action.DueDate);
        Assert.Null(details.PendingExtension);
        Assert.Equal(
            [("Extension approved", null, UkFormat.Date(Requested)), ("Due date", UkFormat.Date(DueDate), UkFormat.Date(Requested))],
            details.History.TakeLast(2).Select(h => (h.Change, h.From, h.To)));
        Assert.All(details.History.TakeLast(2), h => Assert.Equal(Secretariat.DisplayName, h.By));
    }

    [Fact]
    public async Task DecideExtensionAsync_DeclinedWithoutNote_Refused()
    {
        await RequestExtensionAsOwnerAsync(Requested);

        await AssertInvalidAsync(() => DecideAsync(Secretariat, approve: false, note: " "), "Say why the extension is declined, for the owner.");

        Assert.Equal(ExtensionDecision.Pending, (await ReadRequestAsync()).Decision);
    }

    [Fact]
    public async Task DecideExtensionAsync_DeclinedWithNote_DeclinedAndDueDateUnchanged()
    {
        await RequestExtensionAsOwnerAsync(Requested);

        await DecideAsync(Secretariat, approve: false, note: "The board needs the report in July.");

        var request = await ReadRequestAsync();
        Assert.Equal((ExtensionDecision.Declined, "The board needs the report in July."), (request.Decision, request.DecisionNote));
        var details = await ReadAsync();
        Assert.Equal(DueDate, details.Action.DueDate);
        Assert.Equal(("Extension declined", "The board needs the report in July."), (details.History[^1].Change, details.History[^1].Note));
        Assert.DoesNotContain("Due date", details.History.Select(h => h.Change));
    }

    [Fact]
    public async Task DecideExtensionAsync_AlreadyDecided_Refused()
    {
        await RequestExtensionAsOwnerAsync(Requested);
        await DecideAsync(Secretariat, approve: false, note: "Not this time.");

        await AssertInvalidAsync(() => DecideAsync(Secretariat, approve: true), "This extension request has already been decided.");

        Assert.Equal((ExtensionDecision.Declined, DueDate), ((await ReadRequestAsync()).Decision, (await ReadRowAsync()).DueDate));
    }

    [Fact]
    public async Task DecideExtensionAsync_ApprovedAfterActionSignedOff_RefusedAndDueDateUnchanged()
    {
        await RequestExtensionAsOwnerAsync(Requested);
        await CompleteAsOwnerAsync();
        await SignOffAsync(Secretariat);

        await AssertRefusedAsync<ValidationException>(() => DecideAsync(Secretariat, approve: true));

        Assert.Equal(DueDate, (await ReadRowAsync()).DueDate);
    }
}
