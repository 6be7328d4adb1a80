using Microsoft.AspNetCore.Identity;

namespace ActionTracker.Web.Data.Entities;

/// <summary>A sign-in account. Linked to a <see cref="Person"/> so "my actions" and the history know who it is.</summary>
public class AppUser : IdentityUser
{
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>Light or dark mode, chosen with the switch in the app bar.</summary>
    public bool PrefersDarkMode { get; set; }
}
