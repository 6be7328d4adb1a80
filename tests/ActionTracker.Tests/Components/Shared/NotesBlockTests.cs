using ActionTracker.Web.Components.Shared;

namespace ActionTracker.Tests.Components.Shared;

public class NotesBlockTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n \n")]
    public void Parse_NoText_NoBlocks(string? text) => Assert.Empty(NotesBlock.Parse(text));

    [Fact]
    public void Parse_BlankLines_SeparateParagraphs()
    {
        var blocks = NotesBlock.Parse("The PCC opened the meeting.\r\nApologies were noted.\n\n\nThe CC gave an update.").ToList();

        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.False(b.IsList));
        Assert.Equal(["The PCC opened the meeting.", "Apologies were noted."], blocks[0].Lines);
        Assert.Equal(["The CC gave an update."], blocks[1].Lines);
    }

    [Fact]
    public void Parse_BulletLines_BecomeOneListWithoutTheMarks()
    {
        var blocks = NotesBlock.Parse("Figures were given:\n• Urban: 11 minutes\n- Rural: 19 minutes\n– Overall: 14 minutes\nThe PCC thanked the CC.").ToList();

        Assert.Equal([false, true, false], blocks.Select(b => b.IsList));
        Assert.Equal(["Urban: 11 minutes", "Rural: 19 minutes", "Overall: 14 minutes"], blocks[1].Lines);
        Assert.Equal(["The PCC thanked the CC."], blocks[2].Lines);
    }

    [Fact]
    public void Parse_TwoListsSplitByABlankLine_TwoLists()
    {
        var blocks = NotesBlock.Parse("• One\n• Two\n\n• Three").ToList();

        Assert.Equal([true, true], blocks.Select(b => b.IsList));
        Assert.Equal(["Three"], blocks[1].Lines);
    }

    [Fact]
    public void Parse_HyphenInsideALine_NotABullet()
    {
        var block = Assert.Single(NotesBlock.Parse("Year-on-year figures - improving."));

        Assert.False(block.IsList);
    }
}
