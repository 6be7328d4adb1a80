using ActionTracker.Web.Components.Shared.Conflicts;

namespace ActionTracker.Tests.Components.Shared.Conflicts;

/// <summary>The three-way rules every edit form follows when someone else saves the same record (docs/decisions/0026).</summary>
public sealed class EditSessionTests
{
    private static readonly Guid Read = Guid.NewGuid();
    private static readonly Guid Saved = Guid.NewGuid();

    private static readonly EditedField<Edit>[] Fields =
    [
        new("Wording", e => e.Wording, (mine, theirs) => mine.Wording = theirs.Wording) { Text = (e => e.Wording, (e, text) => e.Wording = text) },
        new("Theme", e => e.Theme, (mine, theirs) => mine.Theme = theirs.Theme),
    ];

    [Fact]
    public void Follow_TheyChangedAFieldIDidNotTouch_ItFollowsThem_AndMyEditMovesOntoTheirVersion()
    {
        var (session, mine) = Start();
        mine.Wording = "Mine";

        session.Follow(mine, new Edit(Saved, "Original", "Their theme"));

        Assert.Equal(("Mine", "Their theme", Saved), (mine.Wording, mine.Theme, mine.Version));
        Assert.Null(session.Conflict);
    }

    [Fact]
    public void Follow_TheyChangedAFieldITyped_MineStays_AndTheEditStaysOnTheVersionItRead()
    {
        var (session, mine) = Start();
        mine.Wording = "Mine";

        session.Follow(mine, new Edit(Saved, "Theirs", "Their theme"));

        // The save will be refused (old version) and show the clash; the untouched theme already follows them.
        Assert.Equal(("Mine", "Their theme", Read), (mine.Wording, mine.Theme, mine.Version));
        Assert.Null(session.Conflict);
    }

    [Fact]
    public async Task SaveAsync_RefusedOnAClash_KeepsMine_AndListsOnlyTheFieldBothChanged()
    {
        var (session, mine) = Start();
        (mine.Wording, mine.Theme) = ("Mine", "My theme");

        await Assert.ThrowsAsync<Web.Infrastructure.ConcurrencyConflictException>(() => session.SaveAsync(mine, Refuse,
            () => Task.FromResult<Edit?>(new Edit(Saved, "Theirs", "Theme"))));

        var clash = Assert.Single(session.Conflict!.Fields);
        Assert.Equal(("Wording", "Mine", "Theirs"), (clash.Field.Label, clash.Mine, clash.Theirs));
        Assert.Equal(("Mine", "My theme", Read), (mine.Wording, mine.Theme, mine.Version));
    }

    [Theory]
    [InlineData(ConflictChoice.KeepMine, "Mine")]
    [InlineData(ConflictChoice.TakeTheirs, "Theirs")]
    [InlineData(ConflictChoice.Merge, "Theirs\nMine")]
    public async Task UseChoices_PutsTheChosenTextInTheEdit_BasedOnTheirVersion(ConflictChoice choice, string expected)
    {
        var (session, mine) = Start();
        mine.Wording = "Mine";
        await Assert.ThrowsAnyAsync<Exception>(() => session.SaveAsync(mine, Refuse, () => Task.FromResult<Edit?>(new Edit(Saved, "Theirs", "Theme"))));

        session.Conflict!.Fields[0].Choice = choice;
        session.UseChoices(mine);

        Assert.Equal((expected, Saved), (mine.Wording, mine.Version));
        Assert.Null(session.Conflict);
    }

    private static (EditSession<Edit> Session, Edit Mine) Start() =>
        (new EditSession<Edit>(new Edit(Read, "Original", "Theme"), () => Fields), new Edit(Read, "Original", "Theme"));

    private static Task<int> Refuse() => throw new Web.Infrastructure.ConcurrencyConflictException("Someone else changed this.");

    private sealed class Edit(Guid version, string wording, string theme) : IVersionedEdit
    {
        public Guid Version { get; set; } = version;

        public string Wording { get; set; } = wording;

        public string Theme { get; set; } = theme;
    }
}
