namespace ActionTracker.Web.Data.Entities;

public enum MeetingType
{
    HoldingToAccount,
    AssuranceAndAccountability,
    Thematic,
    Performance,
    Public,
}

/// <summary>Scheduled → in session → held, then the minutes: draft → agreed → published.</summary>
public enum MeetingStatus
{
    Scheduled,
    InSession,
    Held,
    MinutesDraft,
    MinutesAgreed,
    Published,
}

public enum Organisation
{
    Opcc,
    Force,
    Partner,
}

public enum AttendanceStatus
{
    Present,
    Apologies,
    Observer,
}

public enum AgendaItemKind
{
    General,
    OutstandingMatters,
    HoldingToAccount,
    Findings,
    SummaryOfActions,
    AnyOtherBusiness,
    NextMeeting,
}

public enum ActionStatus
{
    Open,
    InProgress,
    AwaitingSignOff,
    Closed,
    Deferred,
    Cancelled,
}

/// <summary>The chair's conclusion on what the force told the meeting.</summary>
public enum AssuranceVerdict
{
    Assured,
    PartiallyAssured,
    NotAssured,
}
