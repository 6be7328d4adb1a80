using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>
/// Who answers for owners on one day: each post's holder then (see <see cref="OwnerHolders.On"/>) and each person's
/// accounts. Read in two queries, then used for one action or for every action of a reminder pass.
/// </summary>
public sealed class OwnerDirectory
{
    private readonly Dictionary<int, int> _holderByPost;
    private readonly ILookup<int, string> _accountsByPerson;

    private OwnerDirectory(Dictionary<int, int> holderByPost, ILookup<int, string> accountsByPerson) =>
        (_holderByPost, _accountsByPerson) = (holderByPost, accountsByPerson);

    public static async Task<OwnerDirectory> LoadAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var holders = await OwnerHolders.On(db, day).Where(h => h.PersonId != null).ToDictionaryAsync(h => h.PostId, h => h.PersonId!.Value, ct);
        var accounts = await db.Users.Where(u => u.PersonId != null).Select(u => new { PersonId = u.PersonId!.Value, u.Id }).ToListAsync(ct);
        return new OwnerDirectory(holders, accounts.ToLookup(a => a.PersonId, a => a.Id));
    }

    /// <summary>The accounts of the people among <paramref name="owners"/> and of each post's holder; a named body has none.</summary>
    public IReadOnlyList<string> AccountsOf(IEnumerable<OwnerChoice> owners) => owners
        .Select(o => o.PersonId ?? (o.PostId is { } postId && _holderByPost.TryGetValue(postId, out var holder) ? holder : null))
        .OfType<int>().Distinct().SelectMany(personId => _accountsByPerson[personId]).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The posts <paramref name="personId"/> held that day.</summary>
    public IReadOnlyList<int> PostsHeldBy(int personId) => _holderByPost.Where(p => p.Value == personId).Select(p => p.Key).ToList();

    /// <summary>Every person with an account, and the accounts.</summary>
    public IEnumerable<IGrouping<int, string>> PeopleWithAccounts => _accountsByPerson;
}
