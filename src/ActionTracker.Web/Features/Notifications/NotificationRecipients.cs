using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Notifications;

/// <summary>Whose accounts a notice goes to: an action's owners on a given day, or the secretariat.</summary>
public static class NotificationRecipients
{
    /// <summary>The accounts of a saved action's owners on <paramref name="day"/>: its people and each post's holder then.</summary>
    public static async Task<IReadOnlyList<string>> OwnersOfAsync(AppDbContext db, int actionItemId, DateOnly day, CancellationToken ct) =>
        (await OwnerDirectory.LoadAsync(db, day, ct)).AccountsOf(await db.ActionOwners.Where(o => o.ActionItemId == actionItemId)
            .Select(o => new OwnerChoice(o.PersonId, o.PostId, o.BodyName)).ToListAsync(ct));

    /// <summary>The secretariat's accounts: they sign actions off and decide extensions.</summary>
    public static async Task<IReadOnlyList<string>> SecretariatAsync(AppDbContext db, CancellationToken ct) =>
        await (from userRole in db.UserRoles
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Roles.Secretariat
               orderby userRole.UserId
               select userRole.UserId).ToListAsync(ct);
}
