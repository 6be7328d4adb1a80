using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Meetings.Run.Notes;
using Microsoft.AspNetCore.Components;

namespace ActionTracker.Tests.Features.Meetings.Run;

public class NotesConflictTests
{
    [Fact]
    public async Task Render_BothVersionsLabelledAsText_NeverAsMarkup()
    {
        var html = await ComponentHtml.RenderAsync<NotesConflict>(new Dictionary<string, object?>
        {
            [nameof(NotesConflict.ItemId)] = 7,
            [nameof(NotesConflict.Mine)] = "<script>alert('mine')</script>",
            [nameof(NotesConflict.Theirs)] = "<b>theirs</b>",
            [nameof(NotesConflict.OnKeepMine)] = EventCallback.Empty,
            [nameof(NotesConflict.OnUseTheirs)] = EventCallback.Empty,
            [nameof(NotesConflict.OnMerge)] = EventCallback.Empty,
        });

        Assert.Contains("aria-labelledby=\"notes-mine-heading-7\">&lt;script&gt;alert(&#x27;mine&#x27;)&lt;/script&gt;</pre>", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"notes-theirs-heading-7\">&lt;b&gt;theirs&lt;/b&gt;</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"notes-mine-heading-7\">Your version (not saved)</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"notes-theirs-heading-7\">Their version (saved)</h4>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
