using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

/// <summary>Each rule of <see cref="SaveAttendeeValidator"/>, run through <see cref="MeetingService.SaveAttendeeAsync"/>.</summary>
public class SaveAttendeeValidatorTests : DatabaseTest
{
    [Fact]
    public Task SaveAttendeeAsync_NoCapacity_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAttendeeAsync(NewAttendee(Seed.OfficerId, capacity: " ")),
        "Enter the capacity in which they attend, e.g. 'Chief Constable'.");

    [Fact]
    public Task SaveAttendeeAsync_CapacityTooLong_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAttendeeAsync(NewAttendee(Seed.OfficerId, capacity: new string('c', FieldLimits.Name + 1))),
        "The capacity must be 200 characters or fewer.");

    [Fact]
    public Task SaveAttendeeAsync_PersonAlreadyAttending_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAttendeeAsync(NewAttendee(Seed.ChairId)),
        "That person is already on this meeting's attendance list.");

    [Fact]
    public Task SaveAttendeeAsync_UnknownPerson_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAttendeeAsync(NewAttendee(9999)),
        "That person is not on the system.");

    [Fact]
    public Task SaveAttendeeAsync_NeitherPersonNorNewName_Rejected() => AssertRejectedAsync(
        () => Meetings.SaveAttendeeAsync(NewAttendee(null)),
        "Choose the person, or type the name of someone new.");

    [Fact]
    public async Task SaveAttendeeAsync_PersonAttendingAnotherMeeting_Saved()
    {
        var input = NewAttendee(Seed.ChairId);
        input.MeetingId = Seed.NextMeetingId;

        await Meetings.SaveAttendeeAsync(input);

        var attendee = Assert.Single((await ReadMeetingAsync(Seed.NextMeetingId)).Attendees);
        Assert.Equal((TestData.ChairName, "Chief Constable", "CC"), (attendee.Name, attendee.Capacity, attendee.Initials));
    }

    [Fact]
    public async Task SaveAttendeeAsync_NewPersonByName_AddsThePerson()
    {
        var input = NewAttendee(null);
        input.NewPersonName = "  Priya Shah ";
        var before = await Db.CountRowsAsync();

        await Meetings.SaveAttendeeAsync(input);

        Assert.Equal(before["People"] + 1, (await Db.CountRowsAsync())["People"]);
        Assert.Contains((await ReadMeetingAsync(Seed.MeetingId)).Attendees, a => a.Name == "Priya Shah");
    }

    private SaveAttendee NewAttendee(int? personId, string capacity = "Chief Constable") => new()
    {
        MeetingId = Seed.MeetingId,
        PersonId = personId,
        Capacity = capacity,
        Initials = "CC",
        Status = AttendanceStatus.Present,
    };
}
