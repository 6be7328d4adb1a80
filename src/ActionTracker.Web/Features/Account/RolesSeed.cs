using ActionTracker.Web.Data;

namespace ActionTracker.Web.Features.Account;

/// <summary>Makes sure every role exists at each start: permissions are checked against them before anyone signs in.</summary>
internal sealed class RolesSeed : IDatabaseSeed
{
    public Task SeedAsync(IServiceProvider services, CancellationToken ct) => AccountSeeding.EnsureRolesAsync(services);
}
