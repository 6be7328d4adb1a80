using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using ActionTracker.Web.Features.Account;

namespace ActionTracker.Web.Features.Admin;

public sealed record UserSummary(string Id, string Email, string DisplayName, string? Role, string? PersonName, bool IsLockedOut);

/// <summary>Accounts and roles, for administrators only. Each operation takes its own scope, so no context outlives it.</summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, CurrentUser currentUser, IValidator<CreateUser> validator, AppClock clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.UtcNow;
        return await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new UserSummary(u.Id, u.Email!, u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                u.Person == null ? null : u.Person.Name, u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(ct);
    }

    public async Task CreateAsync(CreateUser input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageUsers);
        await validator.ValidateAndThrowAsync(input, ct);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = input.Email.Trim(), Email = input.Email.Trim(), EmailConfirmed = true, DisplayName = input.DisplayName.Trim(), PersonId = input.PersonId };
        await ThrowIfFailedAsync(() => users.CreateAsync(user, input.Password), nameof(CreateUser.Password));
        await ThrowIfFailedAsync(() => users.AddToRoleAsync(user, input.Role), nameof(CreateUser.Role));
    }

    public async Task SetRoleAsync(string userId, string role, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageUsers);
        if (!Roles.All.Contains(role))
        {
            throw new ValidationException("Choose one of the five roles.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new ConcurrencyConflictException("That user no longer exists.");
        var currentRoles = await users.GetRolesAsync(user);
        if (role == Roles.ChiefOfficer && user.PersonId is null)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("Role",
                $"{user.DisplayName} is not linked to a person, so as a chief officer they could not update any action. Link them first.")]);
        }

        if (currentRoles.Contains(Roles.Administrator) && role != Roles.Administrator
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count == 1)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("Role",
                "This is the only administrator: make someone else an administrator first, or nobody could manage users.")]);
        }

        await ThrowIfFailedAsync(() => users.RemoveFromRolesAsync(user, currentRoles), "Role");
        await ThrowIfFailedAsync(() => users.AddToRoleAsync(user, role), "Role");
        // Renewing the security stamp makes the user's existing sign-in pick up the new role.
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task UnlockAsync(string userId, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageUsers);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new ConcurrencyConflictException("That user no longer exists.");
        await ThrowIfFailedAsync(() => users.SetLockoutEndDateAsync(user, null), "Lockout");
        await users.ResetAccessFailedCountAsync(user);
    }

    private static async Task ThrowIfFailedAsync(Func<Task<IdentityResult>> operation, string property)
    {
        var result = await operation();
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(property, e.Description)));
        }
    }
}
