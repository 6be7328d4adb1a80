using ActionTracker.Web.Data;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.People;

public sealed record PersonOption(int Id, string Name);

/// <summary>A post with whoever holds it now, e.g. "CC – Chief Constable (Anthony Bangham)".</summary>
public sealed record PostOption(int Id, string Abbreviation, string Title, string? CurrentHolder)
{
    public string Label => CurrentHolder is null ? $"{Abbreviation} – {Title}" : $"{Abbreviation} – {Title} ({CurrentHolder})";
}

public sealed class PeopleService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PersonOption>> ListPeopleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new PersonOption(p.Id, p.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PostOption>> ListPostsAsync(DateOnly onDate, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Posts.AsNoTracking().OrderBy(p => p.Abbreviation)
            .Select(p => new PostOption(p.Id, p.Abbreviation, p.Title,
                p.Holdings.Where(h => h.From <= onDate && (h.To == null || h.To >= onDate)).OrderBy(h => h.IsActing)
                    .Select(h => h.Person!.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<OwnerOptions> ListOwnerOptionsAsync(DateOnly onDate, CancellationToken ct = default) =>
        new(await ListPostsAsync(onDate, ct), await ListPeopleAsync(ct));
}
