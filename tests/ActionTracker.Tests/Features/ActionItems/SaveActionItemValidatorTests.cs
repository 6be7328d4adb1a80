using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary>Each rule of <see cref="SaveActionItemValidator"/>, run through <see cref="ActionItemService.SaveAsync"/> on real SQLite.</summary>
public class SaveActionItemValidatorTests : DatabaseTest
{
    private static readonly Dictionary<string, Action<SaveActionItem, SeedData>> Breakages = new()
    {
        ["no description"] = (a, _) => a.Description = "  ",
        ["description too long"] = (a, _) => a.Description = new string('d', FieldLimits.LongText + 1),
        ["no owner"] = (a, _) => a.Owners = [],
        ["unknown person"] = (a, _) => a.Owners = [OwnerChoice.Person(9999)],
        ["unknown post"] = (a, s) => a.Owners = [OwnerChoice.Person(s.OfficerId), OwnerChoice.Post(9999)],
        ["person and post"] = (a, s) => a.Owners = [new OwnerChoice(s.OfficerId, s.ChiefConstablePostId, null)],
        ["owner with nothing"] = (a, _) => a.Owners = [new OwnerChoice(null, null, " ")],
        ["same owner twice"] = (a, s) => a.Owners = [OwnerChoice.Post(s.ChiefConstablePostId), OwnerChoice.Post(s.ChiefConstablePostId)],
        ["due before meeting"] = (a, _) => a.DueDate = TestData.MeetingDate.AddDays(-1),
        ["no due date or target"] = (a, _) => (a.DueDate, a.TargetMeetingId) = (null, null),
        ["target earlier"] = (a, s) => (a.DueDate, a.TargetMeetingId) = (null, s.EarlierMeetingId),
        ["target same meeting"] = (a, s) => a.TargetMeetingId = s.MeetingId,
        ["unknown target"] = (a, _) => a.TargetMeetingId = 9999,
        ["item of another meeting"] = (a, s) => a.AgendaItemId = s.NextMeetingItemOneId,
        ["unknown meeting"] = (a, _) => (a.MeetingId, a.AgendaItemId) = (9999, null),
        ["theme too long"] = (a, _) => a.Theme = new string('t', FieldLimits.Abbreviation + 1),
    };

    [Theory]
    [InlineData("no description", "Describe the action: who is to do what.")]
    [InlineData("description too long", "The description must be 4000 characters or fewer.")]
    [InlineData("no owner", "Give the action at least one owner.")]
    [InlineData("unknown person", "One of the owners is not a person on the system.")]
    [InlineData("unknown post", "One of the owners is not a post on the system.")]
    [InlineData("person and post", "Each owner must be one person, one post, or one named body.")]
    [InlineData("owner with nothing", "Each owner must be one person, one post, or one named body.")]
    [InlineData("same owner twice", "The same owner is listed twice.")]
    [InlineData("due before meeting", "The due date cannot be before the meeting it was raised at (16 December 2024).")]
    [InlineData("no due date or target", "Give a due date, or choose the meeting it is due back at.")]
    [InlineData("target earlier", "The target meeting must be a later meeting.")]
    [InlineData("target same meeting", "The target meeting must be a later meeting.")]
    [InlineData("unknown target", "The target meeting must be a later meeting.")]
    [InlineData("item of another meeting", "That agenda item is not part of this meeting.")]
    [InlineData("unknown meeting", "The meeting this action was raised at no longer exists.")]
    [InlineData("theme too long", "The theme must be 40 characters or fewer.")]
    public async Task SaveAsync_InvalidNewAction_RejectedAndNothingSaved(string breakage, string message)
    {
        var input = NewAction();
        Breakages[breakage](input, Seed);

        await AssertRejectedAsync(() => Actions.SaveAsync(input), message);
    }

    [Fact]
    public async Task SaveAsync_InvalidEdit_RejectedAndActionUnchanged()
    {
        var id = await RaiseAsync();
        var edit = Edits.Of(await ReadActionAsync(id));
        edit.Description = new string('d', FieldLimits.LongText + 1);

        await AssertRejectedAsync(() => Actions.SaveAsync(edit), "The description must be 4000 characters or fewer.");

        Assert.Equal(NewAction().Description, (await ReadActionAsync(id)).Action.Description);
    }

    [Fact]
    public async Task SaveAsync_DescriptionAtTheLimit_Saved()
    {
        var id = await RaiseAsync(a => a.Description = new string('d', FieldLimits.LongText));

        Assert.Equal(FieldLimits.LongText, (await ReadActionAsync(id)).Action.Description.Length);
    }

    [Fact]
    public async Task SaveAsync_DueOnTheMeetingDay_Saved()
    {
        var id = await RaiseAsync(a => a.DueDate = TestData.MeetingDate);

        Assert.Equal(TestData.MeetingDate, (await ReadActionAsync(id)).Action.DueDate);
    }

    [Fact]
    public async Task SaveAsync_LaterTargetMeetingWithoutDueDate_Saved()
    {
        var id = await RaiseAsync(a => (a.DueDate, a.TargetMeetingId) = (null, Seed.NextMeetingId));

        var saved = (await ReadActionAsync(id)).Action;
        Assert.Null(saved.DueDate);
        Assert.Equal((Seed.NextMeetingId, new DateOnly(2025, 1, 20)), (saved.TargetMeetingId, saved.TargetMeetingDate));
    }
}
