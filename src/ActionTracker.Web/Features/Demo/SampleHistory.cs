using System.Globalization;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// The invented history: Monthly Assurance and A&amp;A meetings dated relative to today, each marked <c>IsSample</c> and
/// titled "Sample – …", so that whatever day the demo runs there are actions in every state and every overdue bucket.
/// </summary>
internal sealed partial class SampleHistory(DemoSeed seed) : IDemoPart
{
    private const string Monthly = "Monthly Assurance Meeting";
    private const string Assurance = "Assurance & Accountability";

    // Capacities as at the latest real minutes (December 2024), keyed by the initials the minutes use.
    private static readonly Dictionary<string, (string Name, string Capacity)> Roster = new()
    {
        ["PCC"] = ("John Campion", "Police and Crime Commissioner"),
        ["T/CC"] = ("Richard Cooper", "Temporary Chief Constable"),
        ["T/DCC"] = ("Rachel Jones", "Temporary Deputy Chief Constable"),
        ["SPM"] = ("Jackie Irvin", "Senior Policy Manager"),
        ["CR"] = ("Claire Richardson", "Head of Policy and Commissioning"),
        ["NN"] = ("Natasha Noorbakhsh", "Senior Policy Officer"),
        ["CJ"] = ("Nicola Lowery", "Policy Officer"),
        ["LM"] = ("Lucy Milner", "Business Support Officer"),
    };

    private Meeting _daResponse = null!;
    private Meeting _seriousViolence = null!;
    private Meeting _victims = null!;
    private Meeting _vawg = null!;
    private Meeting _repeatVictims = null!;
    private Meeting _nextMonthly = null!;
    private Meeting _nextAssurance = null!;

    public void AddMeetings()
    {
        _daResponse = Add(Monthly, -118, "Domestic abuse: response and outcomes", MeetingStatus.Published, "PCC T/CC T/DCC SPM LM", "",
            new("Grade 2 domestic abuse attendance",
                "How is the force assured that Grade 2 DA incidents are attended in time, and what difference is Rapid Video Response making?",
                "The T/DCC set out attendance times for Grade 2 DA incidents over the last quarter and the early use of Rapid Video Response. The PCC asked for evidence of the effect on attendance times once the roll-out is complete."),
            new("Domestic abuse positive outcomes",
                "What is the plan to improve the DA positive outcome rate towards the 16% target?",
                "The T/CC described the work on trial readiness and victim attrition. The PCC asked to see the improvement plan and its trajectory, and for the dashboard's definitions to be shared."));
        _seriousViolence = Add(Monthly, -90, "Serious violence", MeetingStatus.Published, "PCC T/CC T/DCC SPM LM", "CR",
            new("Serious Violence Duty",
                "Is the force meeting its obligations under the Serious Violence Duty, and what does it contribute to each area's strategic needs assessment?",
                "The T/CC outlined the force's role in the Serious Violence Duty partnerships. The PCC asked for clarity on the force's contribution to each local strategic needs assessment."),
            new("Knife crime and hot-spot policing",
                "What has hot-spot policing achieved, and how is data shared with partners to target it?",
                "The T/DCC summarised the summer night-time economy operation and the data shared with community safety partnerships."));
        // Operational tactics: the demo's confidential item, with notes and actions, withheld from everything public.
        DemoSeed.Find(_seriousViolence, "3").IsConfidential = true;
        _victims = Add(Assurance, -75, "Victims' experience of the criminal justice system", MeetingStatus.Published, "PCC T/CC T/DCC CR NN", "SPM",
            new("Victims' Code compliance",
                "How does the force know that it complies with the Victims' Code, and how is that reported to the PCC?",
                "The T/DCC presented the latest Victims' Code compliance audit. CR noted that the measures reported to the OPCC differ from those the force uses internally."),
            new("Crime recording at first contact",
                "Are domestic abuse reports resolved at first contact recorded correctly?",
                "The T/CC acknowledged that crime-recording compliance for reports resolved at first contact had not been audited since the change to incident grading."),
            new("Trials involving vulnerable victims",
                "What can be done with criminal justice partners to reduce delays to trials involving vulnerable victims?",
                "Listing delays were discussed; the PCC agreed to raise them with HMCTS."));
        _vawg = Add(Monthly, -62, "Violence against women and girls", MeetingStatus.MinutesAgreed, "PCC T/CC T/DCC NN LM", "",
            new("MARAC referrals",
                "Is the force assured that MARAC referrals are timely, and what is being done to reduce the backlog?",
                "The T/DCC reported the current MARAC backlog and the work with partners to reduce it. The PCC asked for assurance on the timeliness of referrals."),
            new("VAWG delivery plan",
                "How are victims and the VAWG Independent Advisory Group shaping the force's delivery plan?",
                "The PCC asked to hear directly from the VAWG Independent Advisory Group on the delivery plan."),
            new("Sexual misconduct within the workforce",
                "Is victim care for staff affected by sexual misconduct cases consistent across the force?",
                "The T/CC referred to the Professional Standards Department's review of victim care for affected staff."));
        _repeatVictims = Add(Monthly, -30, "Domestic abuse and repeat victims", MeetingStatus.MinutesDraft, "PCC T/CC SPM CR LM", "T/DCC",
            new("Protective orders",
                "Is the force making full use of Domestic Violence Protection Notices and Orders?",
                "The T/CC reported variation in the use of DVPNs and DVPOs between policing areas, and the delays in Clare's Law disclosures."),
            new("DA desk and repeat victims",
                "How is the DA desk in the control centre reducing repeat victimisation?",
                "The T/CC described the DA desk's staffing and its links with IDVA services. The SPM noted the OPCC's forthcoming commissioning of IDVA services."));
        _nextMonthly = Add(Monthly, 7, "Domestic abuse outcomes and serious violence", MeetingStatus.Scheduled, "PCC T/CC T/DCC SPM LM", "CJ",
            new("Domestic abuse outcomes improvement plan", "What progress has been made against the DA outcomes improvement plan?"),
            new("Serious Violence Duty – progress", "What has the force contributed to each area's strategic needs assessment?"));
        _nextAssurance = Add(Assurance, 35, "Victims' Code compliance and satisfaction", MeetingStatus.Scheduled, "PCC T/CC T/DCC CR NN", "",
            new("Victims' Code compliance measures", "Which Victims' Code measures will the quarterly performance report carry?"),
            new("Victim satisfaction", "What is the latest victim satisfaction survey telling the force, and what will change as a result?"));

        seed.Link(_daResponse, _seriousViolence, _vawg, _repeatVictims, _nextMonthly);
        seed.Link(_victims, _nextAssurance);
    }

    private Meeting Add(string series, int daysFromToday, string theme, MeetingStatus status, string present, string apologies, params Topic[] topics)
    {
        var assurance = series == Assurance;
        var meeting = seed.AddMeeting(series, new Meeting
        {
            Type = assurance ? MeetingType.AssuranceAndAccountability : MeetingType.HoldingToAccount,
            Title = $"Sample – {theme}",
            Date = seed.Weekday(daysFromToday),
            StartTime = new(assurance ? 14 : 10, 0),
            EndTime = new(assurance ? 16 : 12, 0),
            IsVirtual = assurance,
            Venue = assurance ? null : "Hindlip Hall, Worcester",
            MinuteTaker = seed.Person(assurance ? "Natasha Noorbakhsh" : "Lucy Milner"),
            Status = status,
            IsSample = true,
        });
        Attend(meeting, present, AttendanceStatus.Present);
        Attend(meeting, apologies, AttendanceStatus.Apologies);

        var held = status != MeetingStatus.Scheduled;
        DemoSeed.Item(meeting, "1", "Review of Action Tracker", AgendaItemKind.OutstandingMatters,
            notes: held ? "The action tracker was reviewed and updated." : null);
        var number = 2;
        foreach (var topic in topics)
        {
            DemoSeed.Item(meeting, Number(number++), topic.Title, AgendaItemKind.HoldingToAccount, topic.Question, topic.Notes);
        }

        DemoSeed.Item(meeting, Number(number++), "AOB", AgendaItemKind.AnyOtherBusiness, notes: held ? "None." : null);
        DemoSeed.Item(meeting, Number(number), "Confirmation of next meeting", AgendaItemKind.NextMeeting);
        return meeting;
    }

    private void Attend(Meeting meeting, string initials, AttendanceStatus status)
    {
        foreach (var key in initials.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            seed.Attend(meeting, Roster[key].Name, Roster[key].Capacity, key, status);
        }
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private sealed record Topic(string Title, string Question, string? Notes = null);
}
