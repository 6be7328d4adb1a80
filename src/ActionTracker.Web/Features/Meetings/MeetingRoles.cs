using ActionTracker.Web.Features.Account;

namespace ActionTracker.Web.Features.Meetings;

/// <summary>Who sees the editing controls. The services enforce the same rule whatever the page shows.</summary>
public static class MeetingRoles
{
    public const string Editors = Roles.Secretariat + "," + Roles.Chair;
}
