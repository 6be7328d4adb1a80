using ActionTracker.Tests.Support;
using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Account;
using ActionTracker.Web.Features.ActionItems;
using ActionTracker.Web.Features.Admin;
using ActionTracker.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;

namespace ActionTracker.Tests.Features.Account;

/// <summary>The writes of the matrix, each a valid one, so that a refusal can only be for want of permission.</summary>
public partial class PermissionMatrixTests
{
    private const string NewMeetingTitle = "Extraordinary holding to account";
    private const string RenamedMeetingTitle = "Holding to account – rescheduled";
    private const string NewCapacity = "Police, Fire and Crime Commissioner";
    private const string NewNotes = "The PCC asked about rural patrols.";
    private const string VerdictNote = "The force still needs to show the rural response times.";
    private const string NewDescription = "Provide the response-time figures by division and by shift.";
    private const string NewUserEmail = "new.officer@force.example";
    private const string LockedUserEmail = "locked.out@opcc.example";

    /// <summary>
    /// Seeds what the write needs: an action owned by the chief officer's person, the roles (as the app creates them at
    /// start-up), and for the writes to an account, a locked-out viewer.
    /// </summary>
    private async Task<WriteScenario> ArrangeAsync(Write write)
    {
        var actionId = await RaiseAsync();
        await Db.IdentityAsync();
        var userId = write is Write.SetRole or Write.UnlockUser ? await AddLockedOutViewerAsync() : "";
        RowQuery meetingRow = Rows.Of(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == Seed.MeetingId));
        RowQuery agendaItemRow = Rows.Of(db => db.AgendaItems.AsNoTracking().SingleAsync(i => i.Id == Seed.ItemTwoId));
        RowQuery attendeeRow = Rows.Of(db => db.Attendances.AsNoTracking().SingleOrDefaultAsync(a => a.MeetingId == Seed.MeetingId));
        RowQuery actionRow = Rows.Of(db => db.ActionItems.AsNoTracking().SingleAsync(a => a.Id == actionId));
        RowQuery userRow = async db => new { User = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId), Roles = await RolesOfAsync(db, userId) };

        return write switch
        {
            Write.NewMeeting => new(caller => Db.Meetings(caller: caller).SaveAsync(NewMeeting()),
                null, Rows.Of(db => db.Meetings.CountAsync(m => m.Title == NewMeetingTitle)), 1),
            Write.EditMeeting => new(async caller => await Db.Meetings(caller: caller).SaveAsync(await RenamedMeetingAsync()),
                meetingRow, Rows.Of(db => db.Meetings.Where(m => m.Id == Seed.MeetingId).Select(m => m.Title).SingleAsync()), RenamedMeetingTitle),
            Write.NewAttendee => new(caller => Db.Meetings(caller: caller).SaveAttendeeAsync(OfficerAttending()),
                null, Rows.Of(db => db.Attendances.CountAsync(a => a.MeetingId == Seed.MeetingId && a.PersonId == Seed.OfficerId)), 1),
            Write.EditAttendee => new(async caller => await Db.Meetings(caller: caller).SaveAttendeeAsync(await RecapacitatedChairAsync()),
                attendeeRow, Rows.Of(db => db.Attendances.Where(a => a.MeetingId == Seed.MeetingId).Select(a => a.Capacity).SingleAsync()), NewCapacity),
            Write.RemoveAttendee => new(async caller => await Db.Meetings(caller: caller).RemoveAttendeeAsync(Seed.MeetingId, await ChairAttendanceIdAsync()),
                attendeeRow, Rows.Of(db => db.Attendances.CountAsync(a => a.MeetingId == Seed.MeetingId)), 0),
            Write.NewAgendaItem => new(caller => Db.Meetings(caller: caller).SaveAgendaItemAsync(ItemThree()),
                null, Rows.Of(db => db.AgendaItems.CountAsync(i => i.MeetingId == Seed.MeetingId && i.Number == "3")), 1),
            Write.EditAgendaItem => new(async caller => await Db.Meetings(caller: caller).SaveAgendaItemAsync(await ItemTwoWithNotesAsync()),
                agendaItemRow, Rows.Of(db => db.AgendaItems.Where(i => i.Id == Seed.ItemTwoId).Select(i => i.Notes).SingleAsync()), NewNotes),
            Write.GiveVerdict => new(async caller => await Db.Meetings(caller: caller).GiveVerdictAsync(await PartiallyAssuredAsync()),
                meetingRow, Rows.Of(db => db.Meetings.Where(m => m.Id == Seed.MeetingId).Select(m => new { m.Verdict, m.VerdictNote }).SingleAsync()),
                new { Verdict = (AssuranceVerdict?)AssuranceVerdict.PartiallyAssured, VerdictNote = (string?)VerdictNote }),
            Write.RaiseAction => new(caller => Db.Actions(caller).SaveAsync(NewAction()),
                null, Rows.Of(db => db.ActionItems.CountAsync(a => a.MeetingId == Seed.MeetingId)), 2),
            Write.EditOwnAction => new(async caller => await Db.Actions(caller).SaveAsync(await RewordedAsync(actionId)),
                actionRow, Rows.Of(db => db.ActionItems.Where(a => a.Id == actionId).Select(a => a.Description).SingleAsync()), NewDescription),
            Write.MoveOwnActionToInProgress => MoveScenario(actionId, ActionStatus.InProgress, actionRow),
            Write.CloseOwnAction => MoveScenario(actionId, ActionStatus.Closed, actionRow),
            Write.CreateUser => new(async caller => await (await Db.UsersAsync(caller)).CreateAsync(NewChiefOfficerAccount()),
                null, Rows.Of(db => AccountAsync(db, NewUserEmail)), $"New Officer, person {Seed.OfficerId}, {Roles.ChiefOfficer}"),
            Write.SetRole => new(async caller => await (await Db.UsersAsync(caller)).SetRoleAsync(userId, Roles.Chair),
                userRow, Rows.Of(db => RolesOfAsync(db, userId)), Roles.Chair),
            Write.UnlockUser => new(async caller => await (await Db.UsersAsync(caller)).UnlockAsync(userId),
                userRow, Rows.Of(db => db.Users.Where(u => u.Id == userId).Select(u => new { Locked = u.LockoutEnd != null, u.AccessFailedCount }).SingleAsync()),
                new { Locked = false, AccessFailedCount = 0 }),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write, "No scenario for this write."),
        };
    }

    private WriteScenario MoveScenario(int actionId, ActionStatus to, RowQuery actionRow) => new(
        async caller => await Db.Actions(caller).ChangeStatusAsync(
            new ChangeActionStatus { ActionItemId = actionId, Version = (await ReadActionAsync(actionId)).Action.Version, Status = to }),
        actionRow, Rows.Of(db => db.ActionItems.Where(a => a.Id == actionId).Select(a => a.Status).SingleAsync()), to);

    private SaveMeeting NewMeeting() => new()
    {
        SeriesId = Seed.SeriesId,
        Type = MeetingType.HoldingToAccount,
        Title = NewMeetingTitle,
        Date = new DateOnly(2025, 2, 3),
        StartTime = new TimeOnly(14, 0),
        Venue = "Police HQ",
        ChairId = Seed.ChairId,
        Status = MeetingStatus.Scheduled,
    };

    private async Task<SaveMeeting> RenamedMeetingAsync()
    {
        var edit = Edits.Of(await ReadMeetingAsync(Seed.MeetingId));
        edit.Title = RenamedMeetingTitle;
        return edit;
    }

    private SaveAttendee OfficerAttending() => new()
    {
        MeetingId = Seed.MeetingId, PersonId = Seed.OfficerId, Capacity = "Chief Constable", Initials = "CC", Status = AttendanceStatus.Present,
    };

    private async Task<SaveAttendee> RecapacitatedChairAsync()
    {
        var edit = Edits.Of(Seed.MeetingId, Assert.Single((await ReadMeetingAsync(Seed.MeetingId)).Attendees));
        edit.Capacity = NewCapacity;
        return edit;
    }

    private async Task<int> ChairAttendanceIdAsync() => Assert.Single((await ReadMeetingAsync(Seed.MeetingId)).Attendees).Id;

    private SaveAgendaItem ItemThree() => new() { MeetingId = Seed.MeetingId, Number = "3", Title = "Any other business" };

    private async Task<SaveAgendaItem> ItemTwoWithNotesAsync()
    {
        var edit = Edits.Of(Seed.MeetingId, await ReadAgendaItemAsync(Seed.MeetingId, Seed.ItemTwoId));
        edit.Notes = NewNotes;
        return edit;
    }

    private async Task<GiveVerdict> PartiallyAssuredAsync() => new()
    {
        MeetingId = Seed.MeetingId,
        Version = (await ReadMeetingAsync(Seed.MeetingId)).Version,
        Verdict = AssuranceVerdict.PartiallyAssured,
        Note = VerdictNote,
    };

    private async Task<SaveActionItem> RewordedAsync(int actionId)
    {
        var edit = Edits.Of(await ReadActionAsync(actionId));
        edit.Description = NewDescription;
        return edit;
    }

    private CreateUser NewChiefOfficerAccount() => new()
    {
        Email = NewUserEmail, DisplayName = "New Officer", Role = Roles.ChiefOfficer, PersonId = Seed.OfficerId, Password = "a long enough passphrase",
    };

    /// <summary>A viewer's account, locked out after three failed sign-ins, made through the app's own UserManager.</summary>
    private Task<string> AddLockedOutViewerAsync() => Db.WithUserManagerAsync(async (users, _) =>
    {
        var user = new AppUser { UserName = LockedUserEmail, Email = LockedUserEmail, DisplayName = "Locked Out" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Viewer)).Succeeded);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await users.AccessFailedAsync(user);
        }

        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
        return user.Id;
    });

    private static async Task<string?> AccountAsync(AppDbContext db, string email) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email) is { } user
            ? $"{user.DisplayName}, person {user.PersonId}, {await RolesOfAsync(db, user.Id)}"
            : null;

    private static async Task<string> RolesOfAsync(AppDbContext db, string userId) => string.Join(", ", await db.UserRoles
        .Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).OrderBy(n => n).ToListAsync());

    }
