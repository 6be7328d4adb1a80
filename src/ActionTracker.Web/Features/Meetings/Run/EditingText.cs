using ActionTracker.Web.Features.Live;

namespace ActionTracker.Web.Features.Meetings.Run;

/// <summary>Who else is editing an agenda item, in words ("Sam Smith is editing"); yourself left out, in any of your tabs.</summary>
public static class EditingText
{
    public static string For(IReadOnlyList<PresentPerson> present, string? myKey, int agendaItemId)
    {
        var editors = present.Where(p => p.Key != myKey && p.EditingItemIds.Contains(agendaItemId)).Select(p => p.DisplayName).ToList();
        return editors.Count switch
        {
            0 => "",
            1 => $"{editors[0]} is editing",
            _ => $"{string.Join(", ", editors.Take(editors.Count - 1))} and {editors[^1]} are editing",
        };
    }
}
