namespace ActionTracker.Web.Data;

/// <summary>
/// Rows a feature needs in every database it starts on (the account feature's roles; the demo's meetings and logins),
/// written after the migrations at each start and so written only when missing. Registered by the feature that owns the
/// rows, so the data layer knows no feature; run in the order registered.
/// </summary>
public interface IDatabaseSeed
{
    /// <summary>Writes the feature's rows when missing; <paramref name="services"/> is the start-up scope (its context is the one just migrated).</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}
