namespace ActionTracker.Web.Features.Account;

/// <summary>The demo's one user per role (demo mode only), documented in the README.</summary>
public static class DemoAccounts
{
    public const string Password = "demo-password-2026";
    public const string Administrator = "admin@demo.opcc";
    public const string Secretariat = "secretariat@demo.opcc";
    public const string Chair = "chair@demo.opcc";
    public const string ChiefOfficer = "chief.officer@demo.opcc";
    public const string Viewer = "viewer@demo.opcc";
}
