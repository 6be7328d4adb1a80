using ActionTracker.Web.Features.Meetings.QuickEntry;

namespace ActionTracker.Tests.Features.Meetings.QuickEntry;

/// <summary>
/// The parser against the real minutes of shared/seeds (copied into tests/ActionTracker.Tests/Seeds): every "ACTION", "Action N:" and "Actions arising" line of every
/// seed, each asserted exactly (number, description, owner words), and nothing else taken for an action.
/// </summary>
public sealed class ActionLineParserSeedTests
{
    /// <summary>What each seed's minutes hold, as a minute-taker typing them into the notes would expect them proposed.</summary>
    private static readonly Dictionary<string, ActionLine[]> Expected = new()
    {
        // "Summary of Actions Arising – OPCC": the heading names the owner; "Focus to be given" names none itself.
        ["000_234971a901ded71c.txt"] =
        [
            new(null, "Focus to be given to organisational engagement with HMCTS, to improve partnership working.", "OPCC"),
        ],

        // A table: number, text and an "Action" column in tab-separated cells ("сс" is the scan's noise in that column).
        ["001_cd8630122061f2b9.txt"] =
        [
            new(1, "CC to share the outcome of the reality testing with the PCC's office.", "CC"),
            new(2, "CC to provide details of how many of the 20 posts are filled now. (During the meeting the DCC was able to confirm 18 are filled, including 3 which will be into post mid March. Two posts in Telford have not been recruited).", "CC"),
            new(3, "CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.", "CC"),
            new(4, "Future briefing notes to attribute PCC / CC statements to findings when appropriate.", "Future briefing notes"),
            new(null, "Total Recorded Crime: Bring back in 6 months to understand the impact the new investigative model is having on mitigating risk.", null),
            new(null, "Outcomes: PCC wants a discussion around the plan in 3 months and to understand the impact of plan in 6 months.", null),
        ],

        // "Action:" at the end of a paragraph; the last one's list of activities belongs to it. "3. Summary of Actions
        // Arising" is followed only by "The SPO provided a summary of the actions as set out above", which is no action.
        ["002_d8169e85749b9faa.txt"] =
        [
            new(null, "ACC RJ to provide details of members of staff employed by the force on short term contracts, in roles funded by the PCC (not limited to VAL) to determine whether the PCC can provide assurance and clarity on permanency of contracts.", "ACC RJ"),
            new(null, "RJ and CR to meet to review and discuss existing VAL SLA and performance reporting timelines.", "RJ and CR"),
            new(null, "Force and PCC leads to establish a combined Force & OPCC working group with a clear TOR to undertake the following activity: – Review draft VNA – Review victim services provision across West Mercia", "Force and PCC leads"),
        ],
    };

    public static TheoryData<string> SeedFiles() => [.. Directory.GetFiles(SeedsFolder()).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Parse_RealSeedMinutes_ProposesExactlyTheirActions(string seedFile)
    {
        Assert.True(Expected.ContainsKey(seedFile), $"A new seed, {seedFile}: list its action lines in {nameof(Expected)}.");

        var lines = ActionLineParser.Parse(File.ReadAllText(Path.Combine(SeedsFolder(), seedFile)));

        Assert.Equal(Expected[seedFile], lines);
    }

    [Fact]
    public void SeedsFolder_HoldsEverySeedListed() =>
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(SeedsFolder()).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    /// <summary>The seeds' copies kept with the tests (tests/ActionTracker.Tests/Seeds), so every machine has them.</summary>
    private static string SeedsFolder() => Path.Combine(AppContext.BaseDirectory, "Seeds");
}
