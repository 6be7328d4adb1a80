using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Minutes;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.Minutes;

public class MinutesServiceTests : MinutesTest
{
    private static readonly RowQuery MeetingStatusAndApproval = Rows.Of(async db =>
        await db.Meetings.Select(m => new { m.Id, m.Status, m.Version }).ToListAsync());

    [Fact]
    public async Task ApproveAsync_BySecretariat_RecordsWhoWhenAndAtWhichMeeting()
    {
        await ApproveAsync();

        var record = (await Minutes().GetRecordAsync(Seed.MeetingId))!;
        Assert.Equal(MeetingStatus.MinutesAgreed, record.Status);
        Assert.Equal(TestDatabase.SignedInName, record.ApprovedBy);
        Assert.Equal(Db.Time.GetUtcNow().UtcDateTime, record.ApprovedAtUtc);
        Assert.Equal(Seed.NextMeetingId, record.AgreedAt?.Id);
        Assert.Null(record.PublishedAtUtc);
        Assert.Contains(new MeetingChanged(Seed.MeetingId), Db.Notifier.Published);
    }

    [Fact]
    public async Task ApproveAsync_ByChair_Approved()
    {
        await ApproveAsync(Chair);

        Assert.Equal("Alex Carter", (await Minutes().GetRecordAsync(Seed.MeetingId))!.ApprovedBy);
    }

    [Theory]
    [InlineData(Roles.ChiefOfficer)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    [InlineData(null)]
    public async Task ApproveAndPublish_WithoutTheRole_RefusedAndNothingSaved(string? role)
    {
        var caller = role is null ? Caller.Anonymous : new Caller(role);

        await AssertDeniedAsync(() => ApproveAsync(caller), MeetingStatusAndApproval);
        await ApproveAsync();
        await AssertDeniedAsync(() => PublishAsync(caller), MeetingStatusAndApproval);
        await AssertDeniedAsync(() => Minutes(caller).AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, Correction = "x", Reason = "y" }));
    }

    [Fact]
    public async Task PublishAsync_NotApproved_RefusedWithClearMessage()
    {
        await AssertRejectedAsync(() => PublishAsync(),
            "These minutes have not been approved as a true record: approve them at the next meeting before publishing.");

        Assert.Equal(MeetingStatus.MinutesDraft, (await ReadMeetingAsync(Seed.MeetingId)).Status);
    }

    [Fact]
    public async Task PublishAsync_Approved_PublishedWithWhoAndWhen_AndAgainRefused()
    {
        await ApproveAsync();
        Db.Time.UtcNow = Db.Time.UtcNow.AddDays(2);

        await PublishAsync(Chair);

        var record = (await Minutes().GetRecordAsync(Seed.MeetingId))!;
        Assert.Equal((MeetingStatus.Published, "Alex Carter", Db.Time.GetUtcNow().UtcDateTime), (record.Status, record.PublishedBy, record.PublishedAtUtc));
        await AssertRejectedAsync(() => PublishAsync(), "These minutes are already published.");
    }

    [Fact]
    public async Task ApproveAsync_AtAnEarlierMeetingOrTwice_Refused()
    {
        await AssertRejectedAsync(
            async () => await Minutes().ApproveAsync(new ApproveMinutes { MeetingId = Seed.MeetingId, Version = await VersionAsync(), AgreedAtMeetingId = Seed.EarlierMeetingId }),
            "The minutes are agreed at a later meeting: choose one held on or after this meeting's date.");
        await AssertRejectedAsync(
            async () => await Minutes().ApproveAsync(new ApproveMinutes { MeetingId = Seed.MeetingId, Version = await VersionAsync() }),
            "Choose the meeting at which the minutes were agreed as a true record.");

        await ApproveAsync();
        await AssertRejectedAsync(() => ApproveAsync(), "Only the draft minutes of a meeting that has been held can be approved; these are not a draft.");
    }

    [Fact]
    public async Task AfterApproval_TheTextIsNotEditedInPlace_AnyWay()
    {
        await ApproveAsync();
        var before = await ReadMeetingAsync(Seed.MeetingId);
        var item = Edits.Of(Seed.MeetingId, before.AgendaItems.Single(i => i.Id == Seed.ItemTwoId));
        item.Notes = "Rewritten after approval.";
        var meeting = Edits.Of(before);
        meeting.Title = "Retitled after approval";
        var notes = new MeetingNotesService(Db.Factory, new SaveNotesValidator(Db.Factory), Db.Notifier, new SharedReads(), Db.CurrentUser());

        await Assert.ThrowsAsync<MinutesLockedException>(() => Meetings.SaveAgendaItemAsync(item));
        await Assert.ThrowsAsync<MinutesLockedException>(() => Meetings.SaveAsync(meeting));
        await Assert.ThrowsAsync<MinutesLockedException>(() => Meetings.RemoveAttendeeAsync(Seed.MeetingId, before.Attendees[0].Id));
        await Assert.ThrowsAsync<MinutesLockedException>(() => notes.SaveNotesAsync(new SaveNotes(Seed.MeetingId, Seed.ItemTwoId, "Typed later.", item.Version)));

        var after = await ReadMeetingAsync(Seed.MeetingId);
        Assert.Equal((before.Title, before.Attendees.Count, PublicNotes), (after.Title, after.Attendees.Count, after.AgendaItems.Single(i => i.Id == Seed.ItemTwoId).Notes));
    }

    [Fact]
    public async Task AmendAsync_AfterApproval_KeptInOrderWithTheirReasons_TheMinutesUnchanged()
    {
        await ApproveAsync();

        await Minutes().AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, AgendaItemId = Seed.ItemTwoId, Correction = "For 'north' read 'south'.", Reason = "Typing error noticed by the ACC." });
        Db.Time.UtcNow = Db.Time.UtcNow.AddHours(1);
        await Minutes(Chair).AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, Correction = "Add Jo Briggs to attendance.", Reason = "Omitted." });

        var record = (await Minutes().GetRecordAsync(Seed.MeetingId))!;
        Assert.Equal(["For 'north' read 'south'.", "Add Jo Briggs to attendance."], record.Amendments.Select(a => a.Correction));
        Assert.Equal([TestDatabase.SignedInName, "Alex Carter"], record.Amendments.Select(a => a.MadeBy));
        var minutes = (await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!;
        Assert.Equal("2", minutes.Amendments[0].ItemNumber);
        Assert.Contains("Typing error noticed by the ACC.", MinutesText.Amendment(minutes.Amendments[0]));
        Assert.Equal(PublicNotes, (await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId)).Notes);
    }

    [Fact]
    public async Task AmendAsync_DraftOrWithoutReason_Refused()
    {
        await AssertRejectedAsync(() => Minutes().AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, Correction = "x", Reason = "y" }),
            "Draft minutes are corrected in place: amendments are for minutes already approved.");
        await ApproveAsync();
        await AssertRejectedAsync(() => Minutes().AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, Correction = "x", Reason = " " }),
            "Enter the reason for the correction.");
        await AssertRejectedAsync(() => Minutes().AmendAsync(new AmendMinutes { MeetingId = Seed.MeetingId, AgendaItemId = Seed.NextMeetingItemOneId, Correction = "x", Reason = "y" }),
            "That item is not in these minutes.");
    }

    [Fact]
    public async Task SaveAsync_MeetingFormSettingApprovedOrPublished_Refused()
    {
        await SetStatusAsync(MeetingStatus.MinutesDraft);
        var edit = Edits.Of(await ReadMeetingAsync(Seed.MeetingId));
        edit.Status = MeetingStatus.MinutesAgreed;

        await AssertRejectedAsync(() => Meetings.SaveAsync(edit), MeetingStatusRules.ApprovedElsewhere);
    }

    [Fact]
    public async Task GetDocumentAsync_Public_OnlyOncePublished_AndConfidentialItemWithheld()
    {
        Assert.Null(await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Public));
        await ApproveAsync();
        Assert.Null(await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Public));
        Assert.True((await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!.Standing.IsDraft);
        await PublishAsync();

        var minutes = (await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Public))!;

        Assert.False(minutes.Standing.IsDraft);
        var withheld = minutes.Items.Single(i => i.Number == "5b");
        Assert.Equal(("Item 5b — withheld (confidential)", null, null), (withheld.Heading, withheld.Title, withheld.Question));
        Assert.Empty(withheld.Notes);
        Assert.Empty(withheld.Actions);
        Assert.Equal([PublicAction], minutes.Actions.Select(a => a.Description));
        var staff = (await Minutes().GetDocumentAsync(Seed.MeetingId, MinutesAudience.Staff))!;
        Assert.True(staff.Items.Single(i => i.Number == "5b") is { IsConfidential: true, IsWithheld: false, Title: SecretTitle });
        Assert.Contains(SecretAction, staff.Actions.Select(a => a.Description));
    }
}
