using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.Meetings;
using ActionTracker.Web.Features.Meetings.Minutes;
using ActionTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Meetings.Minutes;

/// <summary>
/// The seeded December meeting, held, with a public item 2 (notes and an action) and a confidential item 5b (notes and an
/// action), and the lifecycle service over it for any caller.
/// </summary>
public abstract class MinutesTest : DatabaseTest, IAsyncLifetime
{
    public const string PublicNotes = "The ACC set out neighbourhood staffing by division.";
    public const string PublicAction = "ACC to share the neighbourhood staffing figures.";
    public const string SecretTitle = "Covert operation Nightjar";
    public const string SecretNotes = "Surveillance tactics were discussed.";
    public const string SecretAction = "DCC to brief the PCC privately on Nightjar.";

    protected static Caller Chair { get; } = new(Roles.Chair, "Alex Carter", "Alex Carter");

    protected int SecretItemId { get; private set; }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await HoldMeetingWithConfidentialItemAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    protected MinutesService Minutes(Caller? caller = null) => new(
        Db.Factory, Db.Meetings(caller: caller), new ApproveMinutesValidator(Db.Factory), new PublishMinutesValidator(Db.Factory),
        new AmendMinutesValidator(Db.Factory), Db.Notifier, Db.CurrentUser(caller), new AppClock(Db.Time));

    /// <summary>Minutes the seeded meeting: notes and an action under item 2, a confidential item with its own; the minutes a draft.</summary>
    private async Task HoldMeetingWithConfidentialItemAsync()
    {
        var two = await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId);
        var edit = Edits.Of(Seed.MeetingId, two);
        edit.Notes = PublicNotes;
        await Meetings.SaveAgendaItemAsync(edit);
        SecretItemId = await Meetings.SaveAgendaItemAsync(new SaveAgendaItem
        {
            MeetingId = Seed.MeetingId, Number = "5b", Title = SecretTitle, Question = "Is the operation on track?", Notes = SecretNotes, IsConfidential = true,
        });
        await RaiseAsync(a => { a.AgendaItemId = Seed.ItemTwoId; a.Description = PublicAction; });
        await RaiseAsync(a => { a.AgendaItemId = SecretItemId; a.Description = SecretAction; });
        await SetStatusAsync(MeetingStatus.MinutesDraft);
    }

    protected async Task ApproveAsync(Caller? caller = null) =>
        await Minutes(caller).ApproveAsync(new ApproveMinutes { MeetingId = Seed.MeetingId, Version = await VersionAsync(), AgreedAtMeetingId = Seed.NextMeetingId });

    protected async Task PublishAsync(Caller? caller = null) =>
        await Minutes(caller).PublishAsync(new PublishMinutes(Seed.MeetingId, await VersionAsync()));

    protected async Task<Guid> VersionAsync() => (await ReadMeetingAsync(Seed.MeetingId)).Version;

    protected async Task SetStatusAsync(MeetingStatus status)
    {
        await using var db = Db.NewContext();
        await db.Meetings.Where(m => m.Id == Seed.MeetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status));
    }
}
