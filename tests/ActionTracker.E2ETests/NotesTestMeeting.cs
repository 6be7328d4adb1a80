using ActionTracker.Web.Data;
using ActionTracker.Web.Data.Entities;
using ActionTracker.Web.Features.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>
/// A meeting of the notes tests' own, in a series of its own, with one agenda item to take notes on, so that no other
/// test's data is touched (notes are saved whole, item by item, and open actions carry forward within a series).
/// Made like the demo's meeting 1, under a unique title.
/// </summary>
public sealed record NotesTestMeeting(int MeetingId, int ItemId, string ItemTitle)
{
    public string RunPath => $"/meetings/{MeetingId}/run?item={ItemId}";

    /// <param name="services">The app server's services.</param>
    /// <param name="date">The meeting's date; the demo's meeting 1's date when not given.</param>
    public static async Task<NotesTestMeeting> CreateAsync(IServiceProvider services, DateOnly? date = null)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var model = await db.Meetings.AsNoTracking().OrderBy(m => m.Id).FirstAsync();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var meeting = new Meeting
        {
            Title = $"Notes test meeting {unique}", Series = new MeetingSeries { Name = $"Notes tests {unique}", Type = model.Type },
            Type = model.Type, Date = date ?? model.Date,
            StartTime = model.StartTime, Venue = model.Venue, ChairId = model.ChairId, Status = MeetingStatus.InSession,
        };
        var item = new AgendaItem { Number = "1", SortKey = AgendaNumber.SortKey("1"), Title = $"Notes under test {unique}" };
        meeting.AgendaItems.Add(item);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return new NotesTestMeeting(meeting.Id, item.Id, item.Title);
    }
}
