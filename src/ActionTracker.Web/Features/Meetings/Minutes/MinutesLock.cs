using ActionTracker.Web.Data;
using ActionTracker.Web.Infrastructure;

namespace ActionTracker.Web.Features.Meetings.Minutes;

/// <summary>Approved minutes are a true record: their text is never changed in place, only amended with a reason.</summary>
public static class MinutesLock
{
    public const string Message = "These minutes were approved as a true record and are not changed in place. "
        + "Record an amendment, with its reason, on the meeting page instead. Nothing was saved.";

    public static async Task EnsureEditableAsync(AppDbContext db, int meetingId, CancellationToken ct)
    {
        if (await MinutesStatus.OfAsync(db, meetingId, ct) is { } status && MinutesStatus.IsApproved(status))
        {
            throw new MinutesLockedException(Message);
        }
    }
}

/// <summary>A write to approved minutes, refused.</summary>
public sealed class MinutesLockedException(string message) : UserFacingException(message);
