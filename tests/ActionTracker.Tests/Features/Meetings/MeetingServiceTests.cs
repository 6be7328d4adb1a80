using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings;

public class MeetingServiceTests : DatabaseTest
{
    [Fact]
    public async Task SaveAgendaItemAsync_Rejected_PublishesNothing()
    {
        var notifier = new RecordingChangeNotifier();

        await Assert.ThrowsAsync<ValidationException>(() => Db.Meetings(notifier).SaveAgendaItemAsync(Item("1..2", "Broken")));

        Assert.Empty(notifier.Published);
    }

    [Fact]
    public async Task SaveAgendaItemAsync_Saved_PublishesOneChangeForTheMeetingAfterTheSave()
    {
        var notifier = new RecordingChangeNotifier();
        var titlesSeenWhenPublished = new List<string?>();
        notifier.OnPublish = async change =>
        {
            var meetingId = ((AgendaChanged)change).MeetingId;
            await using var db = Db.NewContext();
            titlesSeenWhenPublished.Add(await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == "3")
                .Select(i => i.Title).SingleOrDefaultAsync());
        };

        await Db.Meetings(notifier).SaveAgendaItemAsync(Item("3", "Any other business"));

        var change = Assert.IsType<AgendaChanged>(Assert.Single(notifier.Published));
        Assert.Equal(Seed.MeetingId, change.MeetingId);
        Assert.Equal(["Any other business"], titlesSeenWhenPublished);
    }

    [Fact]
    public async Task SaveAsync_Rejected_PublishesNothing()
    {
        var notifier = new RecordingChangeNotifier();
        var edit = await EditTitleAsync("");

        await Assert.ThrowsAsync<ValidationException>(() => Db.Meetings(notifier).SaveAsync(edit));

        Assert.Empty(notifier.Published);
    }

    [Fact]
    public async Task SaveAsync_Saved_PublishesOneChangeWithTheMeetingId()
    {
        var notifier = new RecordingChangeNotifier();

        await Db.Meetings(notifier).SaveAsync(await EditTitleAsync("December holding to account"));

        Assert.Equal([new MeetingChanged(Seed.MeetingId)], notifier.Published);
    }

    [Fact]
    public async Task SaveAsync_StaleEdit_RefusedAndPublishesNothing()
    {
        var stale = await EditTitleAsync("Second editor's title");
        await Meetings.SaveAsync(await EditTitleAsync("First editor's title"));
        var notifier = new RecordingChangeNotifier();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Db.Meetings(notifier).SaveAsync(stale));

        Assert.Empty(notifier.Published);
        Assert.Equal("First editor's title", (await ReadMeetingAsync(Seed.MeetingId)).Title);
    }

    [Fact]
    public async Task SaveAgendaItemAsync_TwoEditsOfNotesFromOneRead_SecondRefusedAndFirstKept()
    {
        var read = await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId);
        var first = Edits.Of(Seed.MeetingId, read);
        first.Notes = "The PCC asked about rural patrols.";
        var second = Edits.Of(Seed.MeetingId, read);
        second.Notes = "The CC gave an update on recruitment.";

        await Meetings.SaveAgendaItemAsync(first);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Meetings.SaveAgendaItemAsync(second));

        var saved = await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId);
        Assert.Equal("The PCC asked about rural patrols.", saved.Notes);
        Assert.NotEqual(read.Version, saved.Version);
    }

    [Fact]
    public async Task GetAsync_ItemsAddedOutOfOrder_ComeBackInNaturalOrder()
    {
        foreach (var number in new[] { "10", "5a.1", "1.10", "5", "1.2", "5a" })
        {
            await Meetings.SaveAgendaItemAsync(Item(number, $"Item {number}"));
        }

        var numbers = (await ReadMeetingAsync(Seed.MeetingId)).AgendaItems.Select(i => i.Number);

        Assert.Equal(["1", "1.1", "1.2", "1.10", "2", "5", "5a", "5a.1", "10"], numbers);
    }

    [Fact]
    public async Task RemoveAttendeeAsync_AlreadyRemoved_ReportsConflict()
    {
        var attendee = Assert.Single((await ReadMeetingAsync(Seed.MeetingId)).Attendees);
        await Meetings.RemoveAttendeeAsync(Seed.MeetingId, attendee.Id);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Meetings.RemoveAttendeeAsync(Seed.MeetingId, attendee.Id));
        Assert.Empty((await ReadMeetingAsync(Seed.MeetingId)).Attendees);
    }

    [Fact]
    public async Task SaveAttendeeAsync_TwoEditsFromOneRead_SecondRefusedAndPublishesNothing_FirstKept()
    {
        var read = Assert.Single((await ReadMeetingAsync(Seed.MeetingId)).Attendees);
        var first = Edits.Of(Seed.MeetingId, read);
        first.Status = AttendanceStatus.Apologies;
        var second = Edits.Of(Seed.MeetingId, read);
        second.Capacity = "Police, Fire and Crime Commissioner";
        await Meetings.SaveAttendeeAsync(first);
        var notifier = new RecordingChangeNotifier();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Db.Meetings(notifier).SaveAttendeeAsync(second));

        Assert.Empty(notifier.Published);
        var saved = Assert.Single((await ReadMeetingAsync(Seed.MeetingId)).Attendees);
        Assert.Equal((AttendanceStatus.Apologies, read.Capacity), (saved.Status, saved.Capacity));
    }

    [Fact]
    public async Task SaveAsync_TwoContextsPassTheVersionCheckTogether_TheUpdateItselfRefusesTheSecond()
    {
        // Both edits read the same version and pass FindForEditAsync; the UPDATE ... WHERE Version = @read lets only one through.
        var read = await ReadMeetingAsync(Seed.MeetingId);
        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        var firstRow = await first.Meetings.SingleAsync(m => m.Id == Seed.MeetingId && m.Version == read.Version);
        var secondRow = await second.Meetings.SingleAsync(m => m.Id == Seed.MeetingId && m.Version == read.Version);
        (firstRow.Title, secondRow.Title) = ("First editor's title", "Second editor's title");

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => VersionedRows.SaveOrReportConflictAsync(second, "meeting", CancellationToken.None));

        Assert.Equal("First editor's title", (await ReadMeetingAsync(Seed.MeetingId)).Title);
    }

    private SaveAgendaItem Item(string number, string title) => new() { MeetingId = Seed.MeetingId, Number = number, Title = title };

    private async Task<SaveMeeting> EditTitleAsync(string title)
    {
        var edit = Edits.Of(await ReadMeetingAsync(Seed.MeetingId));
        edit.Title = title;
        return edit;
    }
}
