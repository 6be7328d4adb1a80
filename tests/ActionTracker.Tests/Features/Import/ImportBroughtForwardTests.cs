using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Import;
using ActionTracker.Web.Features.Live;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Import;

/// <summary>
/// Minutes of 17 February 2025 imported into the test series, on real SQLite: the actions they bring forward from the
/// December 2024 meeting are that meeting's actions (linked, updated, their status as minuted), not new ones; a matter
/// no earlier action fits stays flagged.
/// </summary>
public sealed class ImportBroughtForwardTests : DatabaseTest
{
    private const string February = """
        Holding to account – February 2025
        Date: 17 February 2025, 10:00
        Chair: Alex Carter
        1. Outstanding matters
        Actions arising from the December meeting were reviewed.
        1.1	ACTION: Provide the response-time figures by division.
        The figures were shared with the office; the action was closed.
        1.2	ACTION: Review the estates strategy with the commissioner.
        Work is ongoing.
        1.3	ACTION: Publish the stop and search data.
        2. Holding to account – Fleet
        ACTION: CC to review the fleet plan.
        3. Date of next meeting
        17 March 2025, 10:00
        """;

    private MinutesImportService Service() => new(Db.Factory, new ImportMinutesValidator(Db.Factory), Db.Notifier, Db.CurrentUser(), new AppClock(Db.Time));

    private async Task<int> RaiseAsync(int meetingId, string description) => await Actions.SaveAsync(new SaveActionItem
    {
        MeetingId = meetingId, Description = description, Owners = [OwnerChoice.Person(Seed.OfficerId)], DueDate = new DateOnly(2025, 1, 31),
    });

    private async Task<ImportPreview> ReadAsync(string text, string series = TestData.SeriesName)
    {
        var preview = await Service().ReadAsync(text, "february.txt");
        preview.Input.SeriesName = series;
        return await Service().ReviewAsync(preview.Input);
    }

    [Fact]
    public async Task ImportAsync_MattersFromANamedEarlierMeeting_LinkedUpdatedAndClosedOrOngoing_NoDuplicates_UnmatchedFlagged()
    {
        var figures = await RaiseAsync(Seed.MeetingId, "Provide the response-time figures by division.");
        var estates = await RaiseAsync(Seed.MeetingId, "Review the estates strategy with the PCC.");
        // November's action has the same words but the minutes name the December meeting.
        var november = await RaiseAsync(Seed.EarlierMeetingId, "Provide the response-time figures by division.");

        var preview = await ReadAsync(February);
        var id = await Service().ImportAsync(preview.Input);

        Assert.Equal(new (int?, ActionStatus?)[] { (figures, ActionStatus.Closed), (estates, ActionStatus.InProgress), (null, null) },
            preview.BroughtForward.Select(m => (m.Action?.Id, m.Outcome)));
        await using var db = Db.NewContext();
        var linked = await db.ActionItems.AsNoTracking().Include(a => a.Updates).Where(a => a.Id == figures || a.Id == estates || a.Id == november)
            .ToDictionaryAsync(a => a.Id);
        Assert.Equal((ActionStatus.Closed, ActionStatus.InProgress, ActionStatus.Open), (linked[figures].Status, linked[estates].Status, linked[november].Status));
        Assert.NotNull(linked[figures].ClosedAtUtc);
        var update = linked[figures].Updates.Single(u => u.Change == "Update");
        Assert.Equal("Brought forward to Holding to account – February 2025 (17 February 2025): ACTION: Provide the response-time figures by division.\n"
            + "The figures were shared with the office; the action was closed.", update.Note);
        Assert.Equal(("Open", "Closed"), linked[figures].Updates.Where(u => u.Change == "Status").Select(u => (u.From, u.To)).Single());
        Assert.Single(linked[november].Updates);
        // Only the action raised at this meeting is new: the matters brought forward are not raised again.
        Assert.Equal(["CC to review the fleet plan."], await db.ActionItems.Where(a => a.MeetingId == id).Select(a => a.Description).ToListAsync());
        Assert.Contains(new ActionChanged(Seed.MeetingId, figures), Db.Notifier.Published);
        Assert.Contains(new ActionChanged(Seed.MeetingId, estates), Db.Notifier.Published);
    }

    [Fact]
    public async Task ImportAsync_ActionNumberOfTheNamedMeetingAndDeferred_LinkedByNumberAndDeferredToTheNextMeeting()
    {
        await RaiseAsync(Seed.MeetingId, "Provide the response-time figures by division.");
        var estates = await RaiseAsync(Seed.MeetingId, "Review the estates strategy with the PCC.");
        var text = February.Replace("1.2\tACTION: Review the estates strategy with the commissioner.\nWork is ongoing.",
            "1.2\tAction 2: Estates: report back.\nDeferred until the next meeting at the force's request.", StringComparison.Ordinal);

        var preview = await ReadAsync(text);
        var id = await Service().ImportAsync(preview.Input);

        Assert.Equal((estates, ActionStatus.Deferred), (preview.BroughtForward[1].Action!.Id, preview.BroughtForward[1].Outcome));
        await using var db = Db.NewContext();
        var next = await db.Meetings.Where(m => m.Id == id).Select(m => m.NextMeetingId).SingleAsync();
        var deferred = await db.ActionItems.Include(a => a.Updates).SingleAsync(a => a.Id == estates);
        Assert.Equal((ActionStatus.Deferred, next, 1), (deferred.Status, deferred.TargetMeetingId, deferred.DeferralCount));
        Assert.Equal(("Open", "Monthly holding to account – March 2025 (17 March 2025)"),
            deferred.Updates.Where(u => u.Change == "Deferred").Select(u => (u.From, u.To)).Single());
    }

    [Fact]
    public async Task ImportAsync_NoEarlierMeetingInTheSeries_MattersFlaggedAndNoActionTouched()
    {
        var figures = await RaiseAsync(Seed.MeetingId, "Provide the response-time figures by division.");

        var preview = await ReadAsync(February, series: "Thematic meetings");
        await Service().ImportAsync(preview.Input);

        Assert.Equal(3, preview.BroughtForward.Count);
        Assert.All(preview.BroughtForward, m => Assert.Null(m.Action));
        await using var db = Db.NewContext();
        var untouched = await db.ActionItems.Include(a => a.Updates).SingleAsync(a => a.Id == figures);
        Assert.Equal((ActionStatus.Open, 1), (untouched.Status, untouched.Updates.Count));
    }

    [Fact]
    public async Task ReadAsync_TwoEarlierActionsEquallyClose_NeitherGuessed()
    {
        await RaiseAsync(Seed.MeetingId, "Provide the response-time figures by division.");
        await RaiseAsync(Seed.EarlierMeetingId, "Provide the response-time figures by division.");
        var unnamed = February.Replace("Actions arising from the December meeting were reviewed.", "Actions were reviewed.", StringComparison.Ordinal);

        var preview = await ReadAsync(unnamed);

        Assert.Null(preview.BroughtForward[0].Action);
    }

    [Fact]
    public async Task ImportAsync_February2021Seed_MattersFromTheMay2020PerformanceMeetingLinkedToItsActions()
    {
        int crime, outcomes;
        await using (var db = Db.NewContext())
        {
            var may = db.Meetings.Add(new Meeting
            {
                SeriesId = Seed.SeriesId, Title = "Performance Meeting – May 2020", Date = new DateOnly(2020, 5, 21), StartTime = new TimeOnly(10, 0),
                ChairId = Seed.ChairId, Status = MeetingStatus.MinutesAgreed,
            }).Entity;
            await db.SaveChangesAsync();
            crime = await RaiseAsync(may.Id, "Total Recorded Crime: bring back in 6 months to understand the impact of the new investigative model on mitigating risk.");
            outcomes = await RaiseAsync(may.Id, "Outcomes: the PCC wants a discussion around the plan in 3 months and to understand its impact in 6 months.");
        }

        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "001_cd8630122061f2b9.txt"));
        var preview = await ReadAsync(seed);
        await Service().ImportAsync(preview.Input);

        Assert.Equal(new (string, int?, ActionStatus?)[] { ("2.1", crime, null), ("2.2", outcomes, null) },
            preview.BroughtForward.Select(m => (m.Matter.ItemNumber, m.Action?.Id, m.Outcome)));
        await using var check = Db.NewContext();
        var updates = await check.ActionUpdates.Where(u => u.ActionItemId == crime && u.Change == "Update").Select(u => u.Note).SingleAsync();
        Assert.Contains("The CC / DCC said that overall it was a positive picture", updates, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Open, await check.ActionItems.Where(a => a.Id == crime).Select(a => a.Status).SingleAsync());
    }
}
