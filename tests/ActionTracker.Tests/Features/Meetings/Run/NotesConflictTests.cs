using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Bunit;

namespace ActionTracker.Tests.Features.Meetings.Run;

public sealed class NotesConflictTests : AppBunitContext
{
    private readonly List<string> _chosen = [];

    private IRenderedComponent<NotesConflict> Render(string mine, string theirs) => Render<NotesConflict>(p => p
        .Add(c => c.ItemId, 7)
        .Add(c => c.Mine, mine)
        .Add(c => c.Theirs, theirs)
        .Add(c => c.OnKeepMine, () => _chosen.Add("mine"))
        .Add(c => c.OnUseTheirs, () => _chosen.Add("theirs"))
        .Add(c => c.OnMerge, () => _chosen.Add("merge")));

    [Fact]
    public void Render_BothVersionsLabelledAsText_NeverAsMarkup()
    {
        var cut = Render("<script>alert('mine')</script>", "<b>theirs</b>");

        Assert.Equal("<script>alert('mine')</script>", cut.Find("pre[aria-labelledby='notes-mine-heading-7']").TextContent);
        Assert.Equal("<b>theirs</b>", cut.Find("pre[aria-labelledby='notes-theirs-heading-7']").TextContent);
        Assert.Equal("Your version (not saved)", cut.Find("h4#notes-mine-heading-7").TextContent);
        Assert.Equal("Their version (saved)", cut.Find("h4#notes-theirs-heading-7").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
    }

    [Theory]
    [InlineData("Keep mine", "mine")]
    [InlineData("Use theirs", "theirs")]
    [InlineData("Merge", "merge")]
    public void EachChoice_RaisesItsOwnCallbackOnly(string button, string chosen)
    {
        var cut = Render("mine", "theirs");

        cut.FindAll(".notes-conflict-choices button").Single(b => b.TextContent == button).Click();

        Assert.Equal([chosen], _chosen);
    }
}
