using ActionTracker.Web.Features.Meetings.Run.Notes;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class NotesMergeTests
{
    [Fact]
    public void Combine_BothAddedToTheSameStart_TheirsThenMyNewLines()
    {
        var merged = NotesMerge.Combine("The PCC opened the meeting.\nThe CC gave an update.", "The PCC opened the meeting.\r\nACC Cooper to share the profile.");

        Assert.Equal("The PCC opened the meeting.\nThe CC gave an update.\nACC Cooper to share the profile.", merged);
    }

    [Fact]
    public void Combine_MineHasNothingNew_IsTheirs() =>
        Assert.Equal("Theirs.\nShared.\n", NotesMerge.Combine("Theirs.\nShared.\n", "  Shared.\n\n"));

    [Fact]
    public void Combine_TheirsEmpty_IsMine() => Assert.Equal("Mine.\nMore.", NotesMerge.Combine("", "Mine.\n\nMore."));

    [Fact]
    public void Combine_TheirsEndsInBlankLines_MineFollowsOnTheNextLine() =>
        Assert.Equal("Theirs.\nMine.", NotesMerge.Combine("Theirs.\n\n", "Mine."));
}
