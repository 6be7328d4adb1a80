using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class MeetingNotesServiceTests : DatabaseTest
{
    [Fact]
    public async Task SaveNotesAsync_BasedOnTheSavedVersion_SavesTheTextAndPublishesTheItemAfterTheSave()
    {
        var seen = new List<string?>();
        Db.Notifier.OnPublish = async _ => seen.Add((await NotesService().GetAsync(Seed.MeetingId, Seed.ItemOnePointOneId))?.Notes);

        var version = await NotesService().SaveNotesAsync(Notes("The PCC asked for the figures by division.", await BaseVersionAsync()));

        Assert.Equal(new ItemNotes("The PCC asked for the figures by division.", version), await NotesService().GetAsync(Seed.MeetingId, Seed.ItemOnePointOneId));
        Assert.Equal([new NotesSaved(Seed.MeetingId, Seed.ItemOnePointOneId)], Db.Notifier.Published);
        Assert.Equal(["The PCC asked for the figures by division."], seen);
    }

    [Fact]
    public async Task SaveNotesAsync_SomeoneSavedSince_RefusesWithTheirTextAndVersionAndOverwritesNothing()
    {
        var base0 = await BaseVersionAsync();
        var theirVersion = await NotesService().SaveNotesAsync(Notes("Theirs: the chair summarised.", base0));

        var conflict = await Assert.ThrowsAsync<NotesConflictException>(() => NotesService().SaveNotesAsync(Notes("Mine: the ACC replied.", base0)));

        Assert.Equal("Theirs: the chair summarised.", conflict.TheirNotes);
        Assert.Equal(theirVersion, conflict.TheirVersion);
        Assert.Equal(new ItemNotes("Theirs: the chair summarised.", theirVersion), await NotesService().GetAsync(Seed.MeetingId, Seed.ItemOnePointOneId));
        Assert.Single(Db.Notifier.Published);
    }

    [Fact]
    public async Task SaveNotesAsync_KeepMineBasedOnTheirVersion_Saves()
    {
        var base0 = await BaseVersionAsync();
        var theirVersion = await NotesService().SaveNotesAsync(Notes("Theirs.", base0));

        var mine = await NotesService().SaveNotesAsync(Notes("Theirs.\nMine.", theirVersion));

        Assert.Equal(new ItemNotes("Theirs.\nMine.", mine), await NotesService().GetAsync(Seed.MeetingId, Seed.ItemOnePointOneId));
        Assert.NotEqual(theirVersion, mine);
    }

    [Fact]
    public async Task SaveNotesAsync_SameTextAlreadySavedOnAnOlderBase_ReturnsTheSavedVersionWithoutConflict()
    {
        var base0 = await BaseVersionAsync();
        var saved = await NotesService().SaveNotesAsync(Notes("Saved before the connection dropped.", base0));

        var again = await NotesService().SaveNotesAsync(Notes("Saved before the connection dropped.", base0));

        Assert.Equal(saved, again);
        Assert.Single(Db.Notifier.Published);
    }

    [Fact]
    public async Task SaveNotesAsync_EmptyText_ClearsTheNotes()
    {
        await NotesService().SaveNotesAsync(Notes("", await BaseVersionAsync()));

        Assert.Null(await QueryAsync(Rows.Of(db => db.AgendaItems.Where(i => i.Id == Seed.ItemOnePointOneId).Select(i => i.Notes).SingleAsync())));
    }

    [Fact]
    public async Task SaveNotesAsync_TooLong_IsRefusedAndSavesNothing()
    {
        var base0 = await BaseVersionAsync();

        await AssertRejectedAsync(() => NotesService().SaveNotesAsync(Notes(new string('x', FieldLimits.Notes + 1), base0)),
            "The notes must be 100,000 characters or fewer.");
        Assert.Empty(Db.Notifier.Published);
    }

    [Fact]
    public async Task SaveNotesAsync_ItemOfAnotherMeeting_IsRefused()
    {
        var base0 = await BaseVersionAsync();

        await AssertRejectedAsync(() => NotesService().SaveNotesAsync(Notes("Misplaced.", base0) with { MeetingId = Seed.NextMeetingId }),
            "This agenda item no longer exists: someone may have removed it. Copy your notes before leaving the page.");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.ChiefOfficer)]
    [InlineData(Roles.Administrator)]
    [InlineData(null)]
    public async Task SaveNotesAsync_CallerWhoCannotTakeMinutes_IsDeniedAndNothingChanges(string? role)
    {
        var caller = role is null ? Caller.Anonymous : new Caller(role, PersonId: Seed.OfficerId);
        var base0 = await BaseVersionAsync();

        await AssertDeniedAsync(() => NotesService(caller).SaveNotesAsync(Notes("Not allowed.", base0)),
            Rows.Of(db => db.AgendaItems.Where(i => i.Id == Seed.ItemOnePointOneId).Select(i => new { i.Notes, i.Version }).SingleAsync()));
    }

    [Fact]
    public async Task SaveNotesAsync_Chair_Saves()
    {
        var version = await NotesService(new Caller(Roles.Chair)).SaveNotesAsync(Notes("The chair's own note.", await BaseVersionAsync()));

        Assert.Equal(new ItemNotes("The chair's own note.", version), await NotesService().GetAsync(Seed.MeetingId, Seed.ItemOnePointOneId));
    }

    private MeetingNotesService NotesService(Caller? caller = null) =>
        new(Db.Factory, new SaveNotesValidator(Db.Factory), Db.Notifier, new SharedReads(), Db.CurrentUser(caller));

    private SaveNotes Notes(string text, Guid baseVersion) => new(Seed.MeetingId, Seed.ItemOnePointOneId, text, baseVersion);

    private async Task<Guid> BaseVersionAsync() => (await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemOnePointOneId)).Version;
}
