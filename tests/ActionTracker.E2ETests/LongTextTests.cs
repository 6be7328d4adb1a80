using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ActionTracker.E2ETests;

/// <summary>Everything the services accept travels over the circuit: the longest notes are saved and reach other browsers.</summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class LongTextTests(AppServer app)
{
    [Fact]
    public async Task Notes99000Characters_AreSaved_AndShownToASecondBrowser()
    {
        var meeting = await NotesTestMeeting.CreateAsync(app.Services);
        var typist = await app.OpenAsync(meeting.RunPath);
        var chair = await app.OpenAsync(meeting.RunPath, DemoAccounts.Chair);
        // Not one repeated letter: a paragraph of minutes, over and over, with a unique end to find.
        var paragraph = "The PCC asked how the force will bring the 20 vacant posts up to strength by the spring. ";
        var end = $" End of the notes {Guid.NewGuid():N}.";
        var text = string.Concat(Enumerable.Repeat(paragraph, (99_000 - end.Length) / paragraph.Length + 1))[..(99_000 - end.Length)] + end;

        await NotesTests.Editor(typist, meeting).FillAsync(text);

        await Expect(NotesTests.SaveState(typist)).ToContainTextAsync("Saved at", new() { Timeout = 30_000 });
        await Expect(NotesTests.Editor(chair, meeting)).ToHaveValueAsync(text, new() { Timeout = 30_000 });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(99_000, (await db.AgendaItems.Where(i => i.Id == meeting.ItemId).Select(i => i.Notes).SingleAsync())!.Length);
    }
}
