using System.Text.RegularExpressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Import;

/// <summary>What kind of item a heading names, from the words the OPCC's minutes use for each.</summary>
public static partial class ItemKinds
{
    public static AgendaItemKind Of(string title) => title switch
    {
        _ when Summary().IsMatch(title) => AgendaItemKind.SummaryOfActions,
        _ when NextMeeting().IsMatch(title) => AgendaItemKind.NextMeeting,
        _ when Outstanding().IsMatch(title) => AgendaItemKind.OutstandingMatters,
        _ when Aob().IsMatch(title) => AgendaItemKind.AnyOtherBusiness,
        _ when HoldingToAccount().IsMatch(title) => AgendaItemKind.HoldingToAccount,
        _ when Findings().IsMatch(title) => AgendaItemKind.Findings,
        _ => AgendaItemKind.General,
    };

    /// <summary>The meeting's type from its title and headings (the next meeting's own type is not this one's).</summary>
    public static MeetingType TypeOf(string text) => text switch
    {
        _ when AssuranceAndAccountability().IsMatch(text) => MeetingType.AssuranceAndAccountability,
        _ when Thematic().IsMatch(text) => MeetingType.Thematic,
        _ when Performance().IsMatch(text) => MeetingType.Performance,
        _ when Public().IsMatch(text) => MeetingType.Public,
        _ => MeetingType.HoldingToAccount,
    };

    [GeneratedRegex(@"summary\s+of\s+actions|^actions?\s+arising", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    [GeneratedRegex(@"next\s+meeting", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"outstanding|matters\s+arising|brought\s+forward|action\s+(?:tracker|log)|previous\s+actions|review\s+of\s+actions", RegexOptions.IgnoreCase)]
    private static partial Regex Outstanding();

    [GeneratedRegex(@"^(?:AOB|A\.O\.B\.?|any\s+other\s+business)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Aob();

    [GeneratedRegex(@"holding\s+to\s+account|assurance\s+(?:&|and)\s+accountability", RegexOptions.IgnoreCase)]
    private static partial Regex HoldingToAccount();

    [GeneratedRegex(@"\bfindings?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Findings();

    [GeneratedRegex(@"assurance\s+(?:&|and)\s+accountability|\bA&A\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssuranceAndAccountability();

    [GeneratedRegex(@"\bthematic\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thematic();

    [GeneratedRegex(@"\bperformance\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Performance();

    [GeneratedRegex(@"\bpublic\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Public();
}
