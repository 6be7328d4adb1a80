using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Tracker;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.ActionItems;

/// <summary>
/// A post owner is shown with the person who held the post on the action's due day (<see cref="OwnerHolders"/>), on every
/// list of actions, and the tracker can be filtered to a post while one person held it. The seeded CC post here was held
/// by Anthony Bangham until 20 December 2024, by nobody for the rest of December, then by Alex Murray, acting, from
/// 1 January 2025 (today, in the tests, is 10 January 2025).
/// </summary>
public sealed class OwnerHoldersTests : DatabaseTest
{
    private const string Bangham = "Anthony Bangham";
    private const string Murray = "Alex Murray";

    [Fact]
    public async Task QueryAsync_ActionsDueInEachHoldersTime_OwnerNamesThatDaysHolder()
    {
        await SeedHoldingsAsync();
        await RaiseActionsAsync();

        var rows = (await Actions.QueryAsync(new ActionFilter { Sort = "reference" }, 0, 25)).Rows;

        Assert.Equal(
            [
                $"CC ({Bangham})", // due 18 December 2024
                "CC (vacant)",     // due 25 December 2024
                $"CC ({Murray})",  // due 31 January 2025: an acting holder counts
                $"CC ({Murray})",  // no due date: due back at the meeting of 20 January 2025
                $"CC ({Bangham})", // due at no date: the day of the meeting that raised it, 16 December 2024
                $"{TestData.OfficerName}, CC ({Bangham})",
            ],
            rows.Select(r => r.Owners));
    }

    [Fact]
    public async Task GetAsync_PostOwner_ActionPageNamesTheHolderOnTheDueDay()
    {
        await SeedHoldingsAsync();
        var ids = await RaiseActionsAsync();

        Assert.Equal($"CC ({Bangham})", (await ReadActionAsync(ids[0])).Owners);
        Assert.Equal($"CC ({Murray})", (await ReadActionAsync(ids[2])).Owners);
        Assert.Equal(Murray, (await ReadActionAsync(ids[2])).Action.Owners.Single().HolderName);
    }

    [Fact]
    public async Task ExportAsync_PostOwners_OwnersColumnNamesTheHolders()
    {
        await SeedHoldingsAsync();
        await RaiseActionsAsync();

        var rows = await Actions.ExportAsync(new ActionFilter { Sort = "reference" });
        var csv = System.Text.Encoding.UTF8.GetString(TrackerCsv.Write(rows));

        Assert.Equal($"CC ({Bangham})", rows[0].Action.Owners);
        Assert.Contains($"\"{TestData.OfficerName}, CC ({Bangham})\"", csv, StringComparison.Ordinal);
        Assert.Contains(",CC (vacant),", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_PostHeldByFilter_ExactlyTheActionsDueInThatPersonsTime()
    {
        var people = await SeedHoldingsAsync();
        var ids = await RaiseActionsAsync();
        var post = Seed.ChiefConstablePostId;

        Assert.Equal([ids[0], ids[4], ids[5]], await IdsAsync(ActionFilter.PostHeldBy(post, people.Bangham)));
        Assert.Equal([ids[2], ids[3]], await IdsAsync(ActionFilter.PostHeldBy(post, people.Murray)));
        Assert.Equal([ids[1]], await IdsAsync(ActionFilter.PostHeldBy(post, null)));
        Assert.Equal(ids, await IdsAsync($"post:{post}"));
        Assert.Empty(await IdsAsync(ActionFilter.PostHeldBy(post, Seed.OfficerId)));
    }

    [Fact]
    public async Task QueryAsync_PostHeldByFilterThroughTheUrl_SameActions()
    {
        var people = await SeedHoldingsAsync();
        var ids = await RaiseActionsAsync();
        var filter = new ActionFilter { Owner = ActionFilter.PostHeldBy(Seed.ChiefConstablePostId, people.Murray) };

        var fromUrl = ActionFilter.FromQuery(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString()));

        Assert.Equal(filter.Owner, fromUrl.Owner);
        Assert.Equal([ids[2], ids[3]], await IdsAsync(fromUrl.Owner));
    }

    [Theory]
    [InlineData("post:{0}:held-by:x")]
    [InlineData("post:{0}:someone")]
    [InlineData("post:{0}:held-by:1:2")]
    public async Task QueryAsync_MalformedPostOwner_NoActions(string owner)
    {
        await SeedHoldingsAsync();
        await RaiseActionsAsync();

        Assert.Empty(await IdsAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, owner, Seed.ChiefConstablePostId)));
    }

    [Fact]
    public async Task QueryAsync_SubstantiveAndActingHoldingsOverlap_SubstantiveHolderNamed()
    {
        await SeedHoldingsAsync();
        await AddHoldingAsync("Julian Moss", new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 31), acting: true);
        await RaiseActionsAsync();

        var rows = (await Actions.QueryAsync(new ActionFilter { Sort = "reference" }, 0, 25)).Rows;

        // 18 December: Anthony Bangham substantively, Julian Moss acting; 25 December: only Julian Moss, acting.
        Assert.Equal([$"CC ({Bangham})", "CC (Julian Moss)"], rows.Take(2).Select(r => r.Owners));
    }

    [Fact]
    public async Task QueryAsync_CurrentHoldersOwnActions_RowsNameWhoHeldThePostWhenEachWasDue()
    {
        var people = await SeedHoldingsAsync();
        await RaiseActionsAsync();

        // What My actions asks for: everything Alex Murray answers for today, including what the post owed before him.
        var rows = (await Actions.QueryAsync(new ActionFilter { Owner = $"person:{people.Murray}", Sort = "reference" }, 0, 25)).Rows;

        Assert.Equal(6, rows.Count);
        Assert.Equal($"CC ({Bangham})", rows[0].Owners);
        Assert.Equal($"CC ({Murray})", rows[2].Owners);
    }

    [Fact]
    public async Task GetTrackerOptionsAsync_PostWithHolders_AnOptionForEachHolderAndForVacancy()
    {
        var people = await SeedHoldingsAsync();
        var post = Seed.ChiefConstablePostId;

        var owners = (await Actions.GetTrackerOptionsAsync()).Owners;

        Assert.Equal(
            [
                new FilterOption($"post:{post}", "CC – Chief Constable"),
                new FilterOption(ActionFilter.PostHeldBy(post, people.Murray), $"CC ({Murray})"),
                new FilterOption(ActionFilter.PostHeldBy(post, people.Bangham), $"CC ({Bangham})"),
                new FilterOption(ActionFilter.PostHeldBy(post, null), "CC (vacant)"),
            ],
            owners.Take(4));
    }

    private async Task<(int Bangham, int Murray)> SeedHoldingsAsync() => (
        await AddHoldingAsync(Bangham, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 20), acting: false),
        await AddHoldingAsync(Murray, new DateOnly(2025, 1, 1), null, acting: true));

    private async Task<int> AddHoldingAsync(string name, DateOnly from, DateOnly? to, bool acting)
    {
        await using var db = Db.NewContext();
        var person = new Person { Name = name };
        db.PostHoldings.Add(new PostHolding { Person = person, PostId = Seed.ChiefConstablePostId, From = from, To = to, IsActing = acting });
        await db.SaveChangesAsync();
        return person.Id;
    }

    /// <summary>Six actions at the 16 December 2024 meeting, owned by the CC post, in reference order.</summary>
    private async Task<int[]> RaiseActionsAsync()
    {
        var cc = OwnerChoice.Post(Seed.ChiefConstablePostId);
        return
        [
            await RaiseAsync(a => (a.Owners, a.DueDate) = ([cc], new DateOnly(2024, 12, 18))),
            await RaiseAsync(a => (a.Owners, a.DueDate) = ([cc], new DateOnly(2024, 12, 25))),
            await RaiseAsync(a => (a.Owners, a.DueDate) = ([cc], new DateOnly(2025, 1, 31))),
            await RaiseAsync(a => (a.Owners, a.DueDate, a.TargetMeetingId) = ([cc], null, Seed.NextMeetingId)),
            await RaiseDueAtNoDateAsync([cc]),
            await RaiseDueAtNoDateAsync([OwnerChoice.Person(Seed.OfficerId), cc]),
        ];
    }

    /// <summary>An action due at no date, as one whose target meeting was deleted is: the app itself asks for one or the other.</summary>
    private async Task<int> RaiseDueAtNoDateAsync(List<OwnerChoice> owners)
    {
        var id = await RaiseAsync(a => a.Owners = owners);
        await using var db = Db.NewContext();
        await db.ActionItems.Where(a => a.Id == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.DueDate, (DateOnly?)null));
        return id;
    }

    private async Task<int[]> IdsAsync(string? owner) =>
        [.. (await Actions.QueryAsync(new ActionFilter { Owner = owner, Sort = "reference" }, 0, 25)).Rows.Select(r => r.Id)];
}
