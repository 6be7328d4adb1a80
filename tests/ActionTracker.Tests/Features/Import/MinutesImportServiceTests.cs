using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Import;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Import;

/// <summary>The import on real SQLite: the draft meeting it makes, owners resolved, and refusals that save nothing.</summary>
public sealed class MinutesImportServiceTests : DatabaseTest
{
    private static readonly string February2021 = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_cd8630122061f2b9.txt"));

    private MinutesImportService Service(Caller? caller = null) => new(
        Db.Factory, new ImportMinutesValidator(Db.Factory), Db.Notifier, Db.CurrentUser(caller), new AppClock(Db.Time));

    [Fact]
    public async Task ImportAsync_Seed_CreatesDraftMeetingWithAttendanceItemsAndOwnedActions()
    {
        var preview = await Service().ReadAsync(February2021, "minutes-feb-2021.txt");
        preview.Input.SeriesName = "Monthly Assurance Meeting";

        var id = await Service().ImportAsync(preview.Input);

        await using var db = Db.NewContext();
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Series).Include(m => m.Chair).Include(m => m.MinuteTaker)
            .Include(m => m.Attendances).ThenInclude(a => a.Person).Include(m => m.AgendaItems).SingleAsync(m => m.Id == id);
        Assert.Equal((MeetingStatus.MinutesDraft, new DateOnly(2021, 2, 26), new TimeOnly(10, 0), "Monthly Assurance Meeting", true),
            (meeting.Status, meeting.Date, meeting.StartTime, meeting.Series!.Name, meeting.IsVirtual));
        Assert.Equal(("John Campion", "Jackie Irvin"), (meeting.Chair!.Name, meeting.MinuteTaker!.Name));
        Assert.Equal(6, meeting.Attendances.Count);
        Assert.Equal(["1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "3", "4"], meeting.AgendaItems.OrderBy(i => i.SortKey).Select(i => i.Number));
        var actions = await db.ActionItems.AsNoTracking().Where(a => a.MeetingId == id).Include(a => a.Owners).ThenInclude(o => o.Post)
            .Include(a => a.Owners).ThenInclude(o => o.Person).Include(a => a.AgendaItem).Include(a => a.Updates).OrderBy(a => a.Number).ToListAsync();
        // "CC" is the Chief Constable post, which the test data has (with nobody holding it on the day).
        Assert.Equal(["1|1.2|post CC", "2|1.2|post CC", "3|1.3|post CC", "4|1.4|body Future briefing notes"],
            actions.Select(a => $"{a.Number}|{a.AgendaItem!.Number}|{Describe(a.Owners.Single())}"));
        Assert.All(actions, a => Assert.Equal((new DateOnly(2021, 3, 23), ActionStatus.Open), (a.DueDate, a.Status)));
        Assert.All(actions, a => Assert.Equal("Action " + a.Number + ", imported from minutes-feb-2021.txt.", a.Updates.Single().Note));
        Assert.Contains(new MeetingChanged(id), Db.Notifier.Published);
    }

    [Fact]
    public async Task ImportAsync_SameMinutesTwice_RefusedSayingWhichMeeting_NothingSaved()
    {
        var first = await Service().ReadAsync(February2021, "a.txt");
        var id = await Service().ImportAsync(first.Input);
        var again = await Service().ReadAsync("\uFEFF" + February2021.Replace("\n", "\r\n", StringComparison.Ordinal), "b.txt");

        Assert.Equal(ImportFingerprint.AlreadyImported(id, "Monthly Assurance Meeting February 2021– Meeting Notes"), again.AlreadyImported);
        await AssertRejectedAsync(() => Service().ImportAsync(again.Input), again.AlreadyImported!);
    }

    [Fact]
    public async Task ImportAsync_Viewer_Denied_NothingSaved()
    {
        var preview = await Service().ReadAsync(February2021, "a.txt");

        await AssertDeniedAsync(() => Service(new Caller(Roles.Viewer)).ImportAsync(preview.Input));
    }

    [Fact]
    public async Task ImportAsync_NoChairNamedOrCorrected_RefusedWithMessage_NothingSaved()
    {
        var preview = await Service().ReadAsync(February2021, "a.txt");
        preview.Input.Minutes.Chair = " ";

        await AssertRejectedAsync(() => Service().ImportAsync(preview.Input), "Enter who chaired the meeting.");
    }

    [Fact]
    public async Task ReviewAsync_PostNotInTheRoom_ResolvesToThePostAndItsHolderOnTheDay()
    {
        await using (var db = Db.NewContext())
        {
            db.PostHoldings.Add(new PostHolding { PersonId = Seed.OfficerId, PostId = Seed.ChiefConstablePostId, From = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        }

        var preview = await Service().ReadAsync("""
            Performance meeting
            Date: 4 March 2025, 10:00
            Chair: John Campion
            1. Outcomes
            ACTION: CC to review the outcome rates.
            ACTION: Force and PCC leads to agree the survey.
            2. Next meeting
            """, "pasted");

        Assert.Equal([("CC", "CC", TestData.OfficerName, false), ("Force and PCC leads", null, null, true)],
            preview.Actions.Select(a => a.Owners.Single()).Select(o => (o.Written, o.Post, o.Person, o.Problem is not null)));
        Assert.All(preview.Actions, a => Assert.Equal(new DateOnly(2025, 4, 1), a.Due));
    }

    [Fact]
    public async Task ReviewAsync_CorrectedAttendee_OwnerResolvesToTheCorrectedName()
    {
        var preview = await Service().ReadAsync("""
            Date: 4 March 2025 10:00
            Chair: John Campion
            Attendees
            Police and Crime Commissioner	John Campion
            Jo Smith	Head of Policy (JS)
            1. Outcomes
            ACTION: JS to share the plan.
            """, "pasted");
        Assert.NotNull(preview.Input.Minutes.Attendees[0].Problem);

        var corrected = preview.Input.Minutes.Attendees[0];
        (corrected.Name, corrected.Capacity, corrected.Initials) = ("John Campion", "Police and Crime Commissioner", "PCC");
        var reviewed = await Service().ReviewAsync(preview.Input);
        var id = await Service().ImportAsync(reviewed.Input);

        Assert.Equal(("JS", "Jo Smith"), (reviewed.Actions.Single().Owners.Single().Written, reviewed.Actions.Single().Owners.Single().Person));
        await using var db = Db.NewContext();
        Assert.Equal(["John Campion", "Jo Smith"], await db.Attendances.Where(a => a.MeetingId == id).OrderBy(a => a.Id).Select(a => a.Person!.Name).ToListAsync());
        Assert.Equal("Jo Smith", await db.ActionItems.Where(a => a.MeetingId == id).SelectMany(a => a.Owners).Select(o => o.Person!.Name).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_ItemDeferredToALaterMeetingOfTheSeries_PointsAtIt_OtherwiseNotesOnly()
    {
        int october;
        await using (var db = Db.NewContext())
        {
            var meeting = db.Meetings.Add(new Meeting
            {
                SeriesId = Seed.SeriesId, Title = "Holding to account", Date = new DateOnly(2022, 10, 27), StartTime = new TimeOnly(10, 0), ChairId = Seed.ChairId,
            }).Entity;
            await db.SaveChangesAsync();
            october = meeting.Id;
        }

        var preview = await Service().ReadAsync("""
            Holding to Account Meeting
            Date: 25/08/2022 2pm
            Chair: John Campion
            5 Rural crime
            Deferred to the October meeting.
            6 Fraud
            Deferred to the November meeting.
            7 Date of next meeting
            """, "pasted");
        preview.Input.SeriesName = TestData.SeriesName;
        var id = await Service().ImportAsync(preview.Input);

        await using var check = Db.NewContext();
        var items = await check.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.SortKey).ToListAsync();
        Assert.Equal([("5", (int?)october), ("6", null), ("7", null)], items.Select(i => (i.Number, i.DeferredToMeetingId)));
        Assert.Contains("Deferred to the November meeting.", items[1].Notes, StringComparison.Ordinal);
    }

    private static string Describe(ActionOwner owner) =>
        owner.Post is { } post ? $"post {post.Abbreviation}" : owner.Person is { } person ? $"person {person.Name}" : $"body {owner.BodyName}";
}
