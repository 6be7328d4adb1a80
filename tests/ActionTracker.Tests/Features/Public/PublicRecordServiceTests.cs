using ActionTracker.Tests.Features.Meetings.Minutes;
using ActionTracker.Web.Features.Public;

namespace ActionTracker.Tests.Features.Public;

public class PublicRecordServiceTests : MinutesTest
{
    private PublicRecordService Record => new(Db.Factory);

    [Fact]
    public async Task ListMeetingsAsync_OnlyPublishedMeetings()
    {
        Assert.Empty(await Record.ListMeetingsAsync(null));
        await ApproveAsync();
        Assert.Empty(await Record.ListMeetingsAsync(null));

        await PublishAsync();

        Assert.Equal([Seed.MeetingId], (await Record.ListMeetingsAsync(null)).Select(m => m.Id));
    }

    [Theory]
    [InlineData("neighbourhood staffing", true)]
    [InlineData("Nightjar", false)]
    [InlineData("Surveillance tactics", false)]
    [InlineData("brief the PCC privately", false)]
    public async Task ListMeetingsAsync_Search_FindsPublicTextOnly(string search, bool found)
    {
        await ApproveAsync();
        await PublishAsync();

        Assert.Equal(found, (await Record.ListMeetingsAsync(search)).Count == 1);
    }

    [Fact]
    public async Task ListActionsAsync_PublishedMeetingsOnly_WithoutConfidentialItemsActions()
    {
        Assert.Empty(await Record.ListActionsAsync());
        await ApproveAsync();
        await PublishAsync();

        var actions = await Record.ListActionsAsync();

        var action = Assert.Single(actions);
        Assert.Equal((PublicAction, "Jo Briggs", "31 January 2025"), (action.Description, action.Owners, action.Due));
    }
}
