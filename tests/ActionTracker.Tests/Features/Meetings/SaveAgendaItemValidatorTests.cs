using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>Each rule of <see cref="SaveAgendaItemValidator"/>, run through <see cref="MeetingService.SaveAgendaItemAsync"/>.</summary>
public class SaveAgendaItemValidatorTests : DatabaseTest
{
    private const string IllFormed = "Item numbers look like 1, 1.1, 2.3, 5a or 5a.1.";

    [Theory]
    [InlineData("", "Enter the item number, e.g. 2 or 2.1.")]
    [InlineData("   ", "Enter the item number, e.g. 2 or 2.1.")]
    [InlineData("a", IllFormed)]
    [InlineData("1..2", IllFormed)]
    [InlineData("3-1", IllFormed)]
    public async Task SaveAgendaItemAsync_BadNumber_RejectedAndNothingSaved(string number, string message) =>
        await AssertRejectedAsync(() => Meetings.SaveAgendaItemAsync(NewItem(number)), message);

    [Fact]
    public Task SaveAgendaItemAsync_TitleTooLong_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAgendaItemAsync(NewItem("3", new string('t', FieldLimits.Title + 1))),
        "The title must be 300 characters or fewer.");

    [Fact]
    public Task SaveAgendaItemAsync_NoTitle_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAgendaItemAsync(NewItem("3", "")),
        "Enter the item's title.");

    [Fact]
    public Task SaveAgendaItemAsync_UnknownMeeting_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAgendaItemAsync(NewItem("3", meetingId: 9999)),
        "That meeting no longer exists.");

    [Fact]
    public async Task SaveAgendaItemAsync_NumberUsedInAnotherMeeting_Saved()
    {
        await Meetings.SaveAgendaItemAsync(NewItem("2", meetingId: Seed.NextMeetingId));

        Assert.Equal(["1", "2"], (await ReadMeetingAsync(Seed.NextMeetingId)).AgendaItems.Select(i => i.Number));
    }

    [Fact]
    public async Task SaveAgendaItemAsync_RepeatedNumber_AcceptedAfterTheFirst_WithAWarningToShow()
    {
        var before = (await ReadMeetingAsync(Seed.MeetingId)).AgendaItems;
        var warning = AgendaNumber.RepeatWarning(" 2. ", before, itemId: 0);

        var id = await Meetings.SaveAgendaItemAsync(NewItem(" 2. ", "Any other business"));

        Assert.Equal("There is already an item 2 (Neighbourhood policing). Both will be kept, this one after it.", warning);
        var agenda = (await ReadMeetingAsync(Seed.MeetingId)).AgendaItems;
        Assert.Equal([("1", "Welcome and apologies"), ("1.1", "Declarations of interest"), ("2", "Neighbourhood policing"), ("2", "Any other business")],
            agenda.Select(i => (i.Number, i.Title)));
        Assert.Null(AgendaNumber.RepeatWarning("3", agenda, itemId: 0));
        Assert.Null(AgendaNumber.RepeatWarning("2", agenda.Where(i => i.Id != id), Seed.ItemTwoId)); // its own number
    }

    [Fact]
    public async Task SaveAgendaItemAsync_EditKeepingItsOwnNumber_Saved()
    {
        var edit = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        edit.Title = "Neighbourhood policing and rural crime";

        await Meetings.SaveAgendaItemAsync(edit);

        var saved = await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId);
        Assert.Equal(("2", "Neighbourhood policing and rural crime"), (saved.Number, saved.Title));
    }

    [Fact]
    public async Task SaveAgendaItemAsync_TypedWithTrailingDot_SavedNormalised()
    {
        var id = await Meetings.SaveAgendaItemAsync(NewItem(" 3A. "));

        Assert.Equal("3a", (await ReadAgendaItemAsync(Seed.MeetingId, id)).Number);
    }

    private SaveAgendaItem NewItem(string number, string title = "Any other business", int? meetingId = null) => new()
    {
        MeetingId = meetingId ?? Seed.MeetingId,
        Number = number,
        Title = title,
    };
}
