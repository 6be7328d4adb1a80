namespace ActionTracker.Tests.Support;

/// <summary>A clock the test sets. Microsoft.Extensions.TimeProvider.Testing is not in this machine's package source.</summary>
public sealed class FakeTimeProvider(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => UtcNow;
}
