using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Settings;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Tests.Features.Settings;

/// <summary>The secretariat's settings on real SQLite: the default until saved, validated, editors only, never overwritten silently.</summary>
public sealed class SettingsServiceTests : DatabaseTest
{
    private SettingsService Settings(Caller? caller = null) => new(Db.Factory, new SaveSettingsValidator(), Db.CurrentUser(caller));

    [Fact]
    public async Task GetAsync_NeverSaved_GivesTwentyEightDays()
    {
        var settings = await Settings().GetAsync();

        Assert.Equal((28, Guid.Empty), (settings.DueDays, settings.Version));
    }

    [Fact]
    public async Task SaveAsync_ThenAgainWithTheVersionRead_KeepsTheLatest()
    {
        await Settings().SaveAsync(new SaveSettings { DueDays = 14 });
        var read = await Settings().GetAsync();
        read.DueDays = 21;

        await Settings().SaveAsync(read);

        Assert.Equal(21, (await Settings().GetAsync()).DueDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(null)]
    public async Task SaveAsync_PeriodOutOfRange_RefusedAndNothingSaved(int? days) =>
        await AssertRejectedAsync(() => Settings().SaveAsync(new SaveSettings { DueDays = days }),
            days is null ? "Enter the number of days." : "The period must be between 1 and 365 days.");

    [Fact]
    public async Task SaveAsync_SomeoneSavedSinceItWasRead_RefusedAsAConflict()
    {
        var mine = await Settings().GetAsync();
        await Settings().SaveAsync(new SaveSettings { DueDays = 14 });
        mine.DueDays = 7;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Settings().SaveAsync(mine));

        Assert.Equal(14, (await Settings().GetAsync()).DueDays);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.ChiefOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task SaveAsync_NotAnEditor_Denied(string role) =>
        await AssertDeniedAsync(() => Settings(new Caller(role)).SaveAsync(new SaveSettings { DueDays = SecretariatSettings.DefaultDueDays + 1 }));
}
