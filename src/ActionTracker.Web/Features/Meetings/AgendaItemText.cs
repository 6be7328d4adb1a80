using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Meetings;

public static class AgendaItemText
{
    public static string KindName(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.OutstandingMatters => "Outstanding matters / review of action tracker",
        AgendaItemKind.HoldingToAccount => "Holding to account",
        AgendaItemKind.SummaryOfActions => "Summary of actions arising",
        AgendaItemKind.AnyOtherBusiness => "Any other business",
        AgendaItemKind.NextMeeting => "Confirmation of next meeting",
        _ => kind.ToString(),
    };
}
