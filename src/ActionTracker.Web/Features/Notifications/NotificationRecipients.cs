using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>Whose accounts a notice goes to: an action's owners on a given day, or the secretariat.</summary>
public static class NotificationRecipients
{
    /// <summary>The accounts of the people among <paramref name="owners"/> and of each post's holder on <paramref name="day"/>: the people who must act.</summary>
    public static async Task<IReadOnlyList<string>> OwnersAsync(AppDbContext db, IEnumerable<OwnerChoice> owners, DateOnly day, CancellationToken ct) =>
        (await OwnerDirectory.LoadAsync(db, day, ct)).AccountsOf(owners);

    /// <summary>The owners of a saved action, on <paramref name="day"/>.</summary>
    public static async Task<IReadOnlyList<string>> OwnersOfAsync(AppDbContext db, int actionItemId, DateOnly day, CancellationToken ct) =>
        await OwnersAsync(db, await db.ActionOwners.Where(o => o.ActionItemId == actionItemId)
            .Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)).ToListAsync(ct), day, ct);

    /// <summary>The secretariat's accounts: they sign actions off and decide extensions.</summary>
    public static async Task<IReadOnlyList<string>> SecretariatAsync(AppDbContext db, CancellationToken ct) =>
        await (from userRole in db.UserRoles
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Roles.Secretariat
               orderby userRole.UserId
               select userRole.UserId).ToListAsync(ct);
}
