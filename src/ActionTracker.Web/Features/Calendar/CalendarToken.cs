using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Web.Features.Calendar;

/// <summary>
/// A calendar feed's secret travels in its URL, so it is stored only as a SHA-256 hash: a copy of the database does not
/// reveal anyone's feed address. 256 random bits need no salt or slow hash.
/// </summary>
public static class CalendarToken
{
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string FeedPath(string token) => $"/calendar/{token}.ics";
}
