using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.StartToClose;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.StartToClose;

/// <summary>
/// The review of an action brought forward to the meeting of 20 January 2025 (raised on 16 December 2024): each decision
/// writes its history row, and a refused one saves nothing.
/// </summary>
public class BroughtForwardReviewTests : StartToCloseTest, IAsyncLifetime
{
    private static readonly DateTime Now = new(2025, 1, 10, 10, 0, 0, DateTimeKind.Utc);

    private int _actionId;
    private int _february;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _actionId = await RaiseAtAsync(Seed.MeetingId);
        _february = await AddMeetingAsync(new DateOnly(2025, 2, 17));
    }

    [Fact]
    public async Task AddUpdateAsync_Recorded_AndTheUpdateNotReceivedFlagClears()
    {
        await Review().AddUpdateAsync(Seed.NextMeetingId, new AddProgressUpdate { ActionItemId = _actionId, Text = " Figures shared with the OPCC. " });

        Assert.Equal(new HistoryEntry(Now, TestDatabase.SignedInName, "Update", null, null, "Figures shared with the OPCC.", null), await LastHistoryAsync());
        Assert.False((await BroughtForwardRowAsync(Seed.NextMeetingId, _actionId)).UpdateNotReceived);
    }

    [Fact]
    public async Task CloseAsync_Closed_WithTheNoteInHistory_AndLeavesTheList()
    {
        await Review().CloseAsync(Seed.NextMeetingId, new CloseBroughtForward { ActionItemId = _actionId, Version = await VersionAsync(), Note = "Figures presented." });

        Assert.Equal(new HistoryEntry(Now, TestDatabase.SignedInName, "Status", "Open", "Closed", "Figures presented.", null), await LastHistoryAsync());
        Assert.Equal(ActionStatus.Closed, (await ReadActionAsync(_actionId)).Action.Status);
        Assert.Empty(await BroughtForwardIdsAsync(Seed.NextMeetingId));
    }

    [Fact]
    public async Task CloseAsync_WithoutNote_RefusedNothingSaved()
    {
        await AssertRejectedAsync(() => Review().CloseAsync(Seed.NextMeetingId, new CloseBroughtForward { ActionItemId = _actionId, Version = Guid.Empty, Note = " " }),
            "Say why the action is closed, e.g. what the meeting heard.");

        Assert.Equal(ActionStatus.Open, (await ReadActionAsync(_actionId)).Action.Status);
    }

    [Fact]
    public async Task DeferAsync_TwiceToLaterMeetings_CountedAndStillBroughtForwardHere()
    {
        var march = await AddMeetingAsync(new DateOnly(2025, 3, 17));

        await DeferAsync(_february);
        await DeferAsync(march);

        var row = await BroughtForwardRowAsync(Seed.NextMeetingId, _actionId);
        Assert.Equal((ActionStatus.Deferred, 2, "deferred 2 times", $"{TestData.SeriesName} 2025-03-17"), (row.Status, row.DeferralCount, row.DeferralText, row.DueAt));
        var history = await LastHistoryAsync();
        Assert.Equal(("Deferred", "Deferred", $"{TestData.SeriesName} 2025-03-17 (17 March 2025)", "Not ready."), (history.Change, history.From, history.To, history.Note));
        Assert.Contains(_actionId, await BroughtForwardIdsAsync(march));
        Assert.Equal(new ActionChanged(Seed.MeetingId, _actionId), Db.Notifier.Published[^1]);
    }

    [Fact]
    public async Task DeferAsync_ToAnEarlierMeeting_RefusedNothingSaved()
    {
        await AssertRejectedAsync(() => DeferAsync(Seed.MeetingId), "Defer the action to a meeting after this one (20 January 2025).");

        var action = (await ReadActionAsync(_actionId)).Action;
        Assert.Equal((ActionStatus.Open, 0, (int?)null), (action.Status, action.DeferralCount, action.TargetMeetingId));
    }

    [Fact]
    public async Task DeferAsync_ToThisSameMeeting_Refused() =>
        await AssertRejectedAsync(() => DeferAsync(Seed.NextMeetingId), "Defer the action to a meeting after this one (20 January 2025).");

    [Fact]
    public async Task LaterMeetingsAsync_ScheduledMeetingsAfterThisOne_InAnySeries()
    {
        var thematic = await AddMeetingAsync(new DateOnly(2025, 2, 3), "Thematic on rural crime");
        await AddMeetingAsync(new DateOnly(2025, 3, 3), status: MeetingStatus.Held);

        var later = await Review().LaterMeetingsAsync(Seed.NextMeetingId);

        Assert.Equal([thematic, _february], later.Select(m => m.Id));
    }

    [Fact]
    public async Task ChangeDueDateAsync_Moved_WithFromToAndReasonInHistory()
    {
        await ChangeDueDateAsync(new DateOnly(2025, 3, 31), " Awaiting the HMICFRS report. ");

        Assert.Equal(new HistoryEntry(Now, TestDatabase.SignedInName, "Due date", "31 January 2025", "31 March 2025", "Awaiting the HMICFRS report.", null),
            await LastHistoryAsync());
        Assert.Equal(new DateOnly(2025, 3, 31), (await BroughtForwardRowAsync(Seed.NextMeetingId, _actionId)).DueDate);
    }

    [Fact]
    public async Task ChangeDueDateAsync_WithoutReason_RefusedNothingSaved()
    {
        await AssertRejectedAsync(() => ChangeDueDateAsync(new DateOnly(2025, 3, 31), ""), "Say why the due date changes.");

        Assert.Equal(new DateOnly(2025, 1, 31), (await ReadActionAsync(_actionId)).Action.DueDate);
    }

    [Fact]
    public async Task ChangeDueDateAsync_InThePast_RefusedNothingSaved() =>
        await AssertRejectedAsync(() => ChangeDueDateAsync(new DateOnly(2025, 1, 9), "Done already."), "The new due date cannot be in the past (today is 10 January 2025).");

    [Fact]
    public async Task AddUpdateAsync_ActionNotBroughtForwardToThatMeeting_RefusedNothingSaved()
    {
        var before = await Db.CountRowsAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Review().AddUpdateAsync(Seed.EarlierMeetingId, new AddProgressUpdate { ActionItemId = _actionId, Text = "Heard at the wrong meeting." }));

        Assert.Equal(before, await Db.CountRowsAsync());
    }

    [Fact]
    public async Task DeferAsync_ByTheChair_Allowed()
    {
        await Review(new Caller(Roles.Chair)).DeferAsync(Seed.NextMeetingId,
            new DeferAction { ActionItemId = _actionId, Version = await VersionAsync(), TargetMeetingId = _february, Reason = "Not ready." });

        Assert.Equal(1, (await ReadActionAsync(_actionId)).Action.DeferralCount);
    }

    public static TheoryData<string, string> NonEditorsAndDecisions()
    {
        var data = new TheoryData<string, string>();
        foreach (var who in new[] { "viewer", "owner", "administrator", "anonymous" })
        {
            foreach (var decision in new[] { "update", "close", "defer", "due date" })
            {
                data.Add(who, decision);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonEditorsAndDecisions))]
    public async Task Decision_ByNonEditor_DeniedNothingSavedOrPublished(string who, string decision)
    {
        var caller = who switch
        {
            "viewer" => new Caller(Roles.Viewer),
            "owner" => Caller.ChiefOfficer(Seed.OfficerId),
            "administrator" => new Caller(Roles.Administrator),
            _ => Caller.Anonymous,
        };
        var version = await VersionAsync();
        var review = Review(caller);
        Func<Task> write = decision switch
        {
            "update" => () => review.AddUpdateAsync(Seed.NextMeetingId, new AddProgressUpdate { ActionItemId = _actionId, Text = "Heard." }),
            "close" => () => review.CloseAsync(Seed.NextMeetingId, new CloseBroughtForward { ActionItemId = _actionId, Version = version, Note = "Done." }),
            "defer" => () => review.DeferAsync(Seed.NextMeetingId, new DeferAction { ActionItemId = _actionId, Version = version, TargetMeetingId = _february, Reason = "Later." }),
            _ => () => review.ChangeDueDateAsync(Seed.NextMeetingId, new ChangeDueDate { ActionItemId = _actionId, Version = version, NewDueDate = new(2025, 3, 31), Reason = "Later." }),
        };

        await AssertDeniedAsync(write, Rows.Of(db => db.ActionItems.AsNoTracking().SingleAsync(a => a.Id == _actionId)));
    }

    private async Task<Guid> VersionAsync() => (await ReadActionAsync(_actionId)).Action.Version;

    private async Task<HistoryEntry> LastHistoryAsync() => (await ReadActionAsync(_actionId)).History[^1];

    private async Task DeferAsync(int targetMeetingId) => await Review().DeferAsync(Seed.NextMeetingId,
        new DeferAction { ActionItemId = _actionId, Version = await VersionAsync(), TargetMeetingId = targetMeetingId, Reason = "Not ready." });

    private async Task ChangeDueDateAsync(DateOnly date, string reason) => await Review().ChangeDueDateAsync(Seed.NextMeetingId,
        new ChangeDueDate { ActionItemId = _actionId, Version = await VersionAsync(), NewDueDate = date, Reason = reason });
}
