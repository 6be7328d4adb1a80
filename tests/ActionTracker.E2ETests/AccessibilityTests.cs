using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ActionTracker.E2ETests;

[Collection(AppServerCollectionDefinition.Name)]
public sealed class AccessibilityTests(AppServer app)
{
    public static TheoryData<string> Pages() => new()
    {
        "/",
        "/meetings",
        "/meetings/new",
        "/meetings/1",
        "/meetings/1/edit",
        "/actions",
        "/actions/1",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoSeriousOrCriticalAxeViolations(string path)
    {
        var page = await app.OpenAsync(path);
        await page.Locator("main h1").First.WaitForAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }
}
