using ActionTracker.Web.Features.Meetings;

namespace ActionTracker.Tests.Features.Meetings;

public class AgendaNumberTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("1.1")]
    [InlineData("2.3")]
    [InlineData("5a")]
    [InlineData("5a.1")]
    [InlineData("12.10b")]
    public void IsWellFormed_MinutedNumber_IsTrue(string number) => Assert.True(AgendaNumber.IsWellFormed(number));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("1..2")]
    [InlineData(".1")]
    [InlineData("1.a")]
    [InlineData("5ab")]
    [InlineData("1234")]
    [InlineData("1-2")]
    public void IsWellFormed_IllFormedNumber_IsFalse(string number) => Assert.False(AgendaNumber.IsWellFormed(number));

    [Theory]
    [InlineData("1.", "1")]
    [InlineData(" 2.3 ", "2.3")]
    [InlineData("5A.1", "5a.1")]
    public void Normalise_AsTyped_GivesTheMinutedForm(string typed, string expected)
    {
        Assert.Equal(expected, AgendaNumber.Normalise(typed));
        Assert.True(AgendaNumber.IsWellFormed(typed));
    }

    [Fact]
    public void SortKey_ShuffledNumbers_SortNaturally()
    {
        string[] natural = ["1", "1.1", "1.2", "1.10", "2", "5", "5a", "5a.1", "10"];
        string[] shuffled = ["10", "5a.1", "1.10", "2", "1", "5a", "1.2", "5", "1.1"];

        var sorted = shuffled.OrderBy(AgendaNumber.SortKey, StringComparer.Ordinal).ToArray();

        Assert.Equal(natural, sorted);
    }

    [Fact]
    public void SortKey_TrailingDot_SameKeyAsWithout() => Assert.Equal(AgendaNumber.SortKey("1"), AgendaNumber.SortKey("1."));

    [Fact]
    public void SortKey_OneTenth_DiffersFromOnePointOne() => Assert.NotEqual(AgendaNumber.SortKey("1.1"), AgendaNumber.SortKey("1.10"));

    [Theory]
    [InlineData("a")]
    [InlineData("1..2")]
    public void SortKey_IllFormedNumber_Throws(string number) => Assert.Throws<ArgumentException>(() => AgendaNumber.SortKey(number));
}
