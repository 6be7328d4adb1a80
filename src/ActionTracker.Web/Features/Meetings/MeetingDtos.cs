using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Meetings;

public sealed record MeetingSummary(
    int Id, string Title, MeetingType Type, string SeriesName, DateOnly Date, TimeOnly StartTime,
    string Venue, string ChairName, MeetingStatus Status, bool IsSample, int OpenActions);

public sealed record MeetingDetails(
    int Id,
    int SeriesId,
    string SeriesName,
    MeetingType Type,
    string Title,
    DateOnly Date,
    TimeOnly StartTime,
    TimeOnly? EndTime,
    bool IsVirtual,
    string? Venue,
    int ChairId,
    string ChairName,
    int? MinuteTakerId,
    string? MinuteTakerName,
    MeetingStatus Status,
    bool IsSample,
    Guid Version,
    AssuranceVerdict? Verdict,
    string? VerdictNote,
    IReadOnlyList<AttendeeDto> Attendees,
    IReadOnlyList<AgendaItemDto> AgendaItems,
    IReadOnlyList<MeetingActionDto> Actions,
    NextMeetingDto? NextMeeting,
    IReadOnlyList<DeferredItemDto> DeferredHere)
{
    public string VenueText => MeetingText.Venue(IsVirtual, Venue);
}

public sealed record AttendeeDto(int Id, int PersonId, string Name, string Capacity, string? Initials, AttendanceStatus Status, Guid Version);

public sealed record AgendaItemDto(
    int Id, string Number, string Title, AgendaItemKind Kind, string? Question, string? Notes, bool IsConfidential, Guid Version,
    MeetingLink? DeferredTo = null);

/// <summary>Another meeting, as a link reads: "January holding to account (20 Jan 2025)".</summary>
public sealed record MeetingLink(int Id, string Title, DateOnly Date);

/// <summary>An agenda item an earlier meeting deferred to this one: taken up here under outstanding matters.</summary>
public sealed record DeferredItemDto(MeetingLink From, string Number, string Title);

public sealed record MeetingActionDto(
    int Id, string Reference, int Number, string Description, int? AgendaItemId, string Owners, DateOnly? DueDate,
    string? TargetMeetingTitle, ActionStatus Status);

public sealed record NextMeetingDto(int Id, MeetingType Type, string Title, DateOnly Date, TimeOnly StartTime, TimeOnly? EndTime, bool IsVirtual, string? Venue)
{
    public string VenueText => MeetingText.Venue(IsVirtual, Venue);
}

public sealed record SeriesOption(int Id, string Name, MeetingType Type);

/// <summary>How meeting facts read in the minutes.</summary>
public static class MeetingText
{
    public static string Venue(bool isVirtual, string? venue) => isVirtual ? "Virtual" : venue ?? "Not recorded";

    public static string TypeName(MeetingType type) => type switch
    {
        MeetingType.HoldingToAccount => "Monthly assurance / holding to account",
        MeetingType.AssuranceAndAccountability => "Assurance & Accountability",
        MeetingType.Thematic => "Thematic",
        MeetingType.Performance => "Performance",
        MeetingType.Public => "Public",
        _ => type.ToString(),
    };

    public static string StatusName(MeetingStatus status) => status switch
    {
        MeetingStatus.InSession => "In session",
        MeetingStatus.MinutesDraft => "Minutes in draft",
        MeetingStatus.MinutesAgreed => "Minutes agreed",
        _ => status.ToString(),
    };

    public static string VerdictName(AssuranceVerdict verdict) => verdict switch
    {
        AssuranceVerdict.PartiallyAssured => "Partially assured",
        AssuranceVerdict.NotAssured => "Not assured",
        _ => "Assured",
    };

    public static string Times(TimeOnly start, TimeOnly? end) =>
        end is { } finish ? $"{start:HH:mm} – {finish:HH:mm}" : $"{start:HH:mm}";
}
