using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>
/// An agenda item deferred to a named later meeting, on real SQLite: these minutes show it as deferred, and that meeting
/// lists it with its outstanding matters.
/// </summary>
public sealed class AgendaDeferralTests : DatabaseTest
{
    [Fact]
    public async Task SaveAgendaItemAsync_DeferredToALaterMeeting_ShownAsDeferredHereAndListedThere()
    {
        var edit = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        edit.DeferredToMeetingId = Seed.NextMeetingId;

        await Meetings.SaveAgendaItemAsync(edit);

        var item = await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId);
        Assert.Equal(new MeetingLink(Seed.NextMeetingId, "Holding to account 2025-01", new DateOnly(2025, 1, 20)), item.DeferredTo);
        var next = await ReadMeetingAsync(Seed.NextMeetingId);
        Assert.Equal([new DeferredItemDto(new MeetingLink(Seed.MeetingId, "Holding to account 2024-12", TestData.MeetingDate), "2", "Neighbourhood policing")],
            next.DeferredHere);
        Assert.Contains(new MeetingChanged(Seed.NextMeetingId), Db.Notifier.Published);
        Assert.Empty((await ReadMeetingAsync(Seed.EarlierMeetingId)).DeferredHere);
    }

    [Fact]
    public async Task SaveAgendaItemAsync_DeferralUndone_NoLongerListedThere()
    {
        var edit = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        edit.DeferredToMeetingId = Seed.NextMeetingId;
        await Meetings.SaveAgendaItemAsync(edit);
        var undo = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        undo.DeferredToMeetingId = null;

        await Meetings.SaveAgendaItemAsync(undo);

        Assert.Null((await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId)).DeferredTo);
        Assert.Empty((await ReadMeetingAsync(Seed.NextMeetingId)).DeferredHere);
    }

    [Fact]
    public async Task SaveAgendaItemAsync_DeferredToAnEarlierMeeting_RefusedAndNothingSaved()
    {
        var edit = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        edit.DeferredToMeetingId = Seed.EarlierMeetingId;

        await AssertRejectedAsync(() => Meetings.SaveAgendaItemAsync(edit), "Defer the item to a meeting after this one (16 December 2024).");
        Assert.Null((await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId)).DeferredTo);
    }

    [Fact]
    public async Task SaveAgendaItemAsync_DeferredToAMeetingThatDoesNotExist_Refused() =>
        await AssertRejectedAsync(
            () => Meetings.SaveAgendaItemAsync(new SaveAgendaItem { MeetingId = Seed.MeetingId, Number = "3", Title = "AOB", DeferredToMeetingId = 9999 }),
            "The meeting it was deferred to no longer exists: choose another.");

    [Fact]
    public async Task LaterMeetingsAsync_OnlyMeetingsAfterThisOne()
    {
        var later = await Meetings.LaterMeetingsAsync(Seed.MeetingId);

        Assert.Equal([Seed.NextMeetingId], later.Select(m => m.Id));
    }
}
