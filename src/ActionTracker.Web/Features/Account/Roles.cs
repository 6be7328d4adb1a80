namespace ActionTracker.Web.Features.Account;

/// <summary>The five roles. Role names are stored in the Identity tables and in the auth cookie.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Secretariat = "Secretariat";
    public const string Chair = "Chair";
    public const string ChiefOfficer = "ChiefOfficer";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Administrator, Secretariat, Chair, ChiefOfficer, Viewer];

    public static string DisplayName(string role) => role switch
    {
        ChiefOfficer => "Chief officer",
        _ => role,
    };
}
