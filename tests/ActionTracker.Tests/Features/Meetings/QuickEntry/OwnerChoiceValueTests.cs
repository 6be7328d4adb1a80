using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

public sealed class OwnerChoiceValueTests
{
    public static TheoryData<OwnerChoice, string> Choices() => new()
    {
        { OwnerChoice.Person(3), "person:3" },
        { OwnerChoice.Post(7), "post:7" },
        { OwnerChoice.Body("Force and PCC leads: VAL"), "body:Force and PCC leads: VAL" },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void OfAndParse_EachKindOfOwner_RoundTrips(OwnerChoice choice, string value)
    {
        Assert.Equal(value, OwnerChoiceValue.Of(choice));
        Assert.Equal(choice, OwnerChoiceValue.Parse(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("person:")]
    [InlineData("post:x")]
    [InlineData("body:")]
    [InlineData("team:3")]
    public void Parse_NotAChoice_IsNull(string? value) => Assert.Null(OwnerChoiceValue.Parse(value));
}
