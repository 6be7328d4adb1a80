using ActionTracker.BenchHost;

namespace ActionTracker.Tests.Tools;

public sealed class BenchNotesTests
{
    [Fact]
    public void WithToken_FirstEdit_PutsTheTokenLineAboveTheNotes() =>
        Assert.Equal("Bench edit t1\n\nThe chair opened the item.", BenchNotes.WithToken("The chair opened the item.", "t1"));

    [Fact]
    public void WithToken_LaterEdit_ReplacesTheEarlierTokenLine_SoTheNotesKeepTheirSize()
    {
        var once = BenchNotes.WithToken("Para one.\n\nPara two.", "t1");
        var twice = BenchNotes.WithToken(BenchNotes.WithToken(once, "t2"), "t3");

        Assert.Equal("Bench edit t3\n\nPara one.\n\nPara two.", twice);
    }

    [Fact]
    public void WithToken_NoNotes_IsTheTokenLineAlone() =>
        Assert.Equal("Bench edit t1\n\n", BenchNotes.WithToken(null, "t1"));
}
