using ActionTracker.Tests.Support;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>The parts an open page re-reads after a change are exactly what the whole meeting's read gives.</summary>
public sealed class MeetingPartReadTests : DatabaseTest
{
    [Fact]
    public async Task GetActionAsync_ActionOfTheMeeting_IsItsRowInTheWholeMeetingRead()
    {
        await RaiseAsync();
        var id = await RaiseAsync(a => a.Description = "Share the victims' survey results.");

        var action = await Meetings.GetActionAsync(Seed.MeetingId, id);

        Assert.NotNull(action);
        Assert.Equal((await ReadMeetingAsync(Seed.MeetingId)).Actions.Single(a => a.Id == id), action);
        Assert.Equal("Share the victims' survey results.", action.Description);
        Assert.Equal(TestData.OfficerName, action.Owners);
    }

    [Fact]
    public async Task GetActionAsync_ActionOfAnotherMeeting_IsNull()
    {
        var id = await RaiseAsync();

        Assert.Null(await Meetings.GetActionAsync(Seed.NextMeetingId, id));
    }

    [Fact]
    public async Task GetActionsAsync_ForAnItem_OnlyThatItemsActions_InNumberOrder_AsTheWholeMeetingReadGivesThem()
    {
        var first = await RaiseAsync();
        var underItemTwo = await RaiseAsync(a => a.AgendaItemId = Seed.ItemTwoId);
        var second = await RaiseAsync(a => a.Description = "Publish the custody review.");
        var whole = (await ReadMeetingAsync(Seed.MeetingId)).Actions;

        var itemOnePointOne = await Meetings.GetActionsAsync(Seed.MeetingId, Seed.ItemOnePointOneId);
        var meeting = await Meetings.GetActionsAsync(Seed.MeetingId, agendaItemId: null);

        Assert.Equal([first, second], itemOnePointOne.Select(a => a.Id));
        Assert.Equal(whole.Where(a => a.AgendaItemId == Seed.ItemOnePointOneId), itemOnePointOne);
        Assert.Equal(whole, meeting);
        Assert.Contains(meeting, a => a.Id == underItemTwo);
        Assert.Empty(await Meetings.GetActionsAsync(Seed.NextMeetingId, agendaItemId: null));
    }

    [Fact]
    public async Task GetAsync_WithoutActions_IsTheWholeReadLessItsActions()
    {
        await RaiseAsync();
        var whole = await ReadMeetingAsync(Seed.MeetingId);

        var without = await Meetings.GetAsync(Seed.MeetingId, withActions: false);

        Assert.NotNull(without);
        Assert.NotEmpty(whole.Actions);
        Assert.Empty(without.Actions);
        Assert.Equal(whole.AgendaItems, without.AgendaItems);
        Assert.Equal(whole.Attendees, without.Attendees);
        Assert.Equal((whole.Title, whole.Status, whole.Version, whole.NextMeeting), (without.Title, without.Status, without.Version, without.NextMeeting));
    }

    [Fact]
    public async Task GetAgendaAsync_IsTheWholeMeetingReadsAgendaInOrder()
    {
        var agenda = await Meetings.GetAgendaAsync(Seed.MeetingId);

        Assert.Equal((await ReadMeetingAsync(Seed.MeetingId)).AgendaItems, agenda);
        Assert.Equal(["1", "1.1", "2"], agenda.Select(i => i.Number));
    }
}
