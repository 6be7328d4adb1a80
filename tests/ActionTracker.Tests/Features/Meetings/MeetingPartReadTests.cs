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
    public async Task GetAgendaAsync_IsTheWholeMeetingReadsAgendaInOrder()
    {
        var agenda = await Meetings.GetAgendaAsync(Seed.MeetingId);

        Assert.Equal((await ReadMeetingAsync(Seed.MeetingId)).AgendaItems, agenda);
        Assert.Equal(["1", "1.1", "2"], agenda.Select(i => i.Number));
    }
}
