namespace ActionTracker.Web.Features.Account;

/// <summary>What a write needs. Each role is granted a set of these in <see cref="RolePermissions"/>.</summary>
public enum Permission
{
    /// <summary>Create and edit meetings, attendance and agenda items: take the minutes.</summary>
    ManageMeetings,

    /// <summary>Raise and edit any action, change any action's status (defer, sign off, reopen, cancel).</summary>
    ManageActions,

    /// <summary>Give the assurance verdict on a meeting.</summary>
    GiveVerdict,

    /// <summary>Update, and mark complete, the actions one owns (directly or through a post held).</summary>
    UpdateOwnActions,

    /// <summary>Approve minutes as a true record, amend approved minutes, and publish them: the chair and the secretariat.</summary>
    ApproveMinutes,

    /// <summary>Manage user accounts, their roles, people and posts.</summary>
    ManageUsers,
}

public static class RolePermissions
{
    private static readonly Dictionary<string, Permission[]> Granted = new()
    {
        [Roles.Administrator] = [Permission.ManageUsers],
        [Roles.Secretariat] = [Permission.ManageMeetings, Permission.ManageActions, Permission.ApproveMinutes],
        [Roles.Chair] = [Permission.ManageMeetings, Permission.ManageActions, Permission.GiveVerdict, Permission.ApproveMinutes],
        [Roles.ChiefOfficer] = [Permission.UpdateOwnActions],
        [Roles.Viewer] = [],
    };

    public static bool Grants(string role, Permission permission) =>
        Granted.TryGetValue(role, out var permissions) && permissions.Contains(permission);

    /// <summary>What a refusal says: the words a person sees.</summary>
    public static string Describe(Permission permission) => permission switch
    {
        Permission.ManageMeetings => "change meetings or their minutes",
        Permission.ManageActions => "raise, edit or sign off actions",
        Permission.GiveVerdict => "give the assurance verdict",
        Permission.UpdateOwnActions => "update this action",
        Permission.ApproveMinutes => "approve, amend or publish minutes",
        Permission.ManageUsers => "manage users and posts",
        _ => permission.ToString(),
    };
}
