using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Web.Features.Settings;

/// <summary>
/// The secretariat's settings, kept in the database (one row) so that every server and every page agree on them.
/// Editors only: the secretariat and the chair, who take the minutes.
/// </summary>
public sealed class SettingsService(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveSettings> validator, CurrentUser currentUser)
{
    public async Task<SaveSettings> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.SecretariatSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        return new SaveSettings { Version = row?.Version ?? Guid.Empty, DueDays = row?.DueDays ?? SecretariatSettings.DefaultDueDays };
    }

    public async Task SaveAsync(SaveSettings input, CancellationToken ct = default)
    {
        await currentUser.EnsureAsync(Permission.ManageMeetings);
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = input.Version == Guid.Empty && !await db.SecretariatSettings.AnyAsync(ct)
            ? db.SecretariatSettings.Add(new SecretariatSettings()).Entity
            : await VersionedRows.FindForEditAsync(db.SecretariatSettings, SecretariatSettings.SingletonId, input.Version, "setting", ct);
        row.DueDays = input.DueDays!.Value;
        try
        {
            await VersionedRows.SaveOrReportConflictAsync(db, "setting", ct);
        }
        catch (DbUpdateException)
        {
            // Two first saves at once: the other one created the row.
            throw new ConcurrencyConflictException("Someone else saved the settings while you were editing them. Reload to see theirs.");
        }
    }

    /// <summary>How many days after a meeting its actions are due when it has no next meeting: the one rule for every way of raising them.</summary>
    internal static async Task<int> DueDaysAsync(AppDbContext db, CancellationToken ct) =>
        await db.SecretariatSettings.AsNoTracking().Select(s => (int?)s.DueDays).SingleOrDefaultAsync(ct) ?? SecretariatSettings.DefaultDueDays;
}
