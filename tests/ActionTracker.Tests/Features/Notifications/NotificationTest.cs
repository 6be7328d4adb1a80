using System.Security.Claims;
using ActionTracker.Tests.Support;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.ActionItems.Progress;
using ActionTracker.Web.Features.Notifications;
using ActionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Notifications;

/// <summary>
/// Base of the notification tests: the seeded database (today 10 January 2025) with accounts for the officer Jo Briggs,
/// for Pat Holder (acting Chief Constable since 2024), for a secretariat member and for someone who owns nothing; a real
/// SMTP server in the process; and the app's real sender, scheduler and reminder pass over them.
/// </summary>
public abstract class NotificationTest : DatabaseTest, IAsyncLifetime
{
    public const string BaseUrl = "https://actions.opcc.example";
    public const string OfficerEmail = "jo.briggs@force.example";
    public const string HolderEmail = "pat.holder@force.example";
    public const string SecretariatEmail = "lucy.milner@opcc.example";
    public const string BystanderEmail = "sam.patel@force.example";

    protected SmtpTestServer Smtp { get; private set; } = null!;

    protected NotificationOptions Options { get; } = new() { BaseUrl = BaseUrl };

    protected int HolderPersonId { get; private set; }

    protected string OfficerUserId { get; private set; } = "";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Smtp = SmtpTestServer.Start();
        await using var db = Db.NewContext();
        var holder = new Person { Name = "Pat Holder" };
        db.PostHoldings.Add(new PostHolding { Person = holder, PostId = Seed.ChiefConstablePostId, From = new DateOnly(2024, 7, 1), IsActing = true });
        var secretariat = new IdentityRole(Roles.Secretariat) { NormalizedName = Roles.Secretariat.ToUpperInvariant() };
        db.Roles.Add(secretariat);
        var officer = Account(OfficerEmail, "Jo Briggs", Seed.OfficerId);
        var staff = Account(SecretariatEmail, "Lucy Milner", null);
        db.Users.AddRange(officer, Account(HolderEmail, "Pat Holder", null, holder), staff, Account(BystanderEmail, "Sam Patel", Seed.MinuteTakerId));
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = staff.Id, RoleId = secretariat.Id });
        await db.SaveChangesAsync();
        (HolderPersonId, OfficerUserId) = (holder.Id, officer.Id);
    }

    public new async Task DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    protected AppClock Clock => new(Db.Time);

    protected void SetLondonTime(DateTimeOffset when) => Db.Time.UtcNow = when;

    protected NotificationSender Sender() => new(Db.Factory, new SmtpDelivery(SmtpSettings()), Clock, Microsoft.Extensions.Options.Options.Create(SmtpSettings()),
        Microsoft.Extensions.Options.Options.Create(Options), NullLogger<NotificationSender>.Instance);

    protected ReminderPass Pass() => new(new ReminderScheduler(Db.Factory, Clock, Microsoft.Extensions.Options.Options.Create(Options)), Sender(), Db.Notifier);

    /// <summary>One pass, as `--send-reminders` runs it; returns its summary line.</summary>
    protected async Task<string> RunPassAsync() => ReminderPass.Summary(await Pass().RunAsync(schedule: true, CancellationToken.None));

    protected ActionProgressService Progress(Caller caller) => new(
        Db.Factory, Db.CurrentUser(caller), Clock, Db.Notifier,
        new AddProgressUpdateValidator(), new CompleteActionValidator(), new SignOffActionValidator(),
        new RequestExtensionValidator(Clock), new DecideExtensionValidator(), new DeferActionValidator(), new ChangeDueDateValidator(Clock));

    protected static Caller Officer(int personId) => Caller.ChiefOfficer(personId) with { GivenName = "Jo Briggs" };

    /// <summary>The notification service as the officer's account, signed in (Identity puts the account's id in NameIdentifier).</summary>
    protected NotificationService OfficersNotifications()
    {
        var principal = Officer(Seed.OfficerId).ToPrincipal();
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ClaimTypes.NameIdentifier, OfficerUserId));
        return new NotificationService(Db.Factory, Db.CurrentUser(principal), Clock, Db.Notifier, new SaveNotificationSettingsValidator());
    }

    protected async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = Db.NewContext();
        return await db.Notifications.AsNoTracking().Include(n => n.User).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Who each mail went to and its subject, in the order received.</summary>
    protected IReadOnlyList<(string To, string Subject)> Mails() =>
        Smtp.Received.Select(m => (string.Join(",", m.To.Mailboxes.Select(a => a.Address)), m.Subject ?? "")).ToList();

    protected Task<int> RaiseForAsync(OwnerChoice owner, DateOnly? due = null) => RaiseAsync(a =>
    {
        a.Owners = [owner];
        a.DueDate = due ?? a.DueDate;
    });

    private SmtpOptions SmtpSettings() => new() { Host = "127.0.0.1", Port = Smtp.Port, UseTls = false, From = "ActionTracker <actiontracker@opcc.example>" };

    private static AppUser Account(string email, string name, int? personId, Person? person = null) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        DisplayName = name, PersonId = personId, Person = person,
    };
}
