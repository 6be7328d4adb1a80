using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

// The sample actions. Due dates are counted from today so that, whatever day the demo runs, there are actions overdue by
// 1–30 and 31–90 days, due within the fortnight, awaiting sign-off, deferred to a coming meeting, and recently closed.
internal sealed partial class SampleHistory
{
    private const string DomesticAbuse = "Domestic abuse";
    private const string SeriousViolence = "Serious violence";
    private const string Victims = "Victims";
    private const string Vawg = "VAWG";
    private const string MonthlyRecorder = "Lucy Milner";
    private const string AssuranceRecorder = "Natasha Noorbakhsh";
    private const string SignedOff = "Signed off by the PCC at the review of the action tracker.";

    public void AddActions()
    {
        AddDomesticAbuseResponse();
        AddSeriousViolence();
        AddVictims();
        AddVawg();
        AddRepeatVictims();
    }

    private void AddDomesticAbuseResponse()
    {
        var rvr = Raise(_daResponse, 1, "2", DomesticAbuse, -70,
            "DCC to provide an update on the Rapid Video Response roll-out and its effect on Grade 2 DA attendance times.",
            seed.ByPost("DCC"));
        DemoSeed.Move(rvr, ActionStatus.InProgress, At(-100), "Rachel Jones", "Roll-out data being collated from the control centre.");
        DemoSeed.Note(rvr, AtMeeting(_vawg), MonthlyRecorder, "Update to follow once the roll-out is complete in all policing areas.");

        var plan = Raise(_daResponse, 2, "3", DomesticAbuse, -80,
            "CC to present the DA outcomes improvement plan, including the trajectory towards the 16% positive outcome target.",
            seed.ByPost("CC"));
        DemoSeed.Defer(plan, _repeatVictims, AtMeeting(_vawg), MonthlyRecorder, "The plan awaits approval at the force's Service Improvement Board.");
        DemoSeed.Defer(plan, _nextMonthly, AtMeeting(_repeatVictims), MonthlyRecorder, "Deferred again at the force's request, so that the plan includes the latest quarter's data.");

        var definitions = Raise(_daResponse, 3, "3", DomesticAbuse, -104,
            "SPM to circulate the definitions used in the DA performance dashboard to attendees.",
            seed.ByPost("SPM"));
        DemoSeed.Move(definitions, ActionStatus.InProgress, At(-112), "Jackie Irvin");
        DemoSeed.Move(definitions, ActionStatus.AwaitingSignOff, At(-105), "Jackie Irvin", "Definitions circulated by email.");
        DemoSeed.Move(definitions, ActionStatus.Closed, AtMeeting(_vawg), MonthlyRecorder, SignedOff);
    }

    private void AddSeriousViolence()
    {
        var needs = Raise(_seriousViolence, 1, "2", SeriousViolence, -60,
            "ACC to confirm the force's contribution to the Serious Violence Duty strategic needs assessment for each local authority area.",
            seed.ByPost("ACC"));
        DemoSeed.Redate(needs, seed.Weekday(-45), AtMeeting(_vawg), MonthlyRecorder,
            "Extended at the force's request, to follow the community safety partnerships' meeting cycle.");

        var sharing = Raise(_seriousViolence, 2, "3", SeriousViolence, 3,
            "T/DCC and Head of Policy and Commissioning to agree data-sharing arrangements for knife crime hot-spot analysis with community safety partnerships.",
            seed.ByPerson("Rachel Jones"), seed.ByPerson("Claire Richardson"));
        DemoSeed.Move(sharing, ActionStatus.InProgress, At(-50), "Claire Richardson", "Draft data-sharing agreement circulated to partners.");
        DemoSeed.Move(sharing, ActionStatus.AwaitingSignOff, At(-6), "Rachel Jones", "Agreement signed by all partners; submitted for sign-off.");

        var evaluation = Raise(_seriousViolence, 3, "3", SeriousViolence, -70,
            "CC to share the evaluation of hot-spot policing in the summer night-time economy operation.",
            seed.ByPost("CC"));
        DemoSeed.Move(evaluation, ActionStatus.AwaitingSignOff, At(-72), "Richard Cooper", "Evaluation shared with the OPCC.");
        DemoSeed.Move(evaluation, ActionStatus.Closed, AtMeeting(_repeatVictims), MonthlyRecorder, SignedOff);
    }

    private void AddVictims()
    {
        var audit = Raise(_victims, 1, "3", Victims, -20,
            "The CRB to audit crime-recording compliance for domestic abuse reports resolved at first contact and report the findings.",
            DemoSeed.ByBody("the CRB"));
        DemoSeed.Move(audit, ActionStatus.InProgress, At(-45), "Rachel Jones", "Audit sample drawn; findings being written up.");

        var measures = Raise(_victims, 2, "2", Victims, -40,
            "Force and OPCC to agree the Victims' Code compliance measures to be included in the quarterly performance report.",
            seed.ByPost("ACC"), seed.ByPost("SPM"));
        DemoSeed.Defer(measures, _nextAssurance, At(-41), AssuranceRecorder,
            "Deferred to the next A&A meeting, to align with the revised national compliance measures.");

        var letter = Raise(_victims, 3, "4", Victims, -45,
            "PCC to write to HMCTS about listing delays for trials involving vulnerable victims.",
            seed.ByPost("PCC"));
        DemoSeed.Move(letter, ActionStatus.InProgress, At(-60), AssuranceRecorder, "Letter drafted for the PCC's signature.");
        DemoSeed.Move(letter, ActionStatus.AwaitingSignOff, At(-47), AssuranceRecorder, "Letter sent.");
        DemoSeed.Move(letter, ActionStatus.Closed, At(-14), AssuranceRecorder, "Reply from HMCTS received and shared with the force.");
    }

    private void AddVawg()
    {
        Raise(_vawg, 1, "2", Vawg, -10,
            "CC to provide assurance on the timeliness of MARAC referrals and the actions being taken with partners to reduce the backlog.",
            seed.ByPost("CC"));
        Raise(_vawg, 2, "3", Vawg, 5,
            "SPO to arrange a session for the PCC with the VAWG Independent Advisory Group on the force's VAWG delivery plan.",
            seed.ByPerson("Natasha Noorbakhsh"));

        var care = Raise(_vawg, 3, "4", Vawg, -40,
            "DCC to share the Professional Standards Department's review of victim care for staff affected by sexual misconduct cases.",
            seed.ByPost("DCC"));
        DemoSeed.Move(care, ActionStatus.InProgress, At(-50), "Rachel Jones");
        DemoSeed.Move(care, ActionStatus.Closed, AtMeeting(_repeatVictims), MonthlyRecorder, "Review shared with the OPCC. " + SignedOff);
    }

    private void AddRepeatVictims()
    {
        var orders = Raise(_repeatVictims, 1, "2", DomesticAbuse, -3,
            "ACC to report the use of Domestic Violence Protection Notices and Orders in each policing area, with the reasons for variation.",
            seed.ByPost("ACC"));
        DemoSeed.Move(orders, ActionStatus.InProgress, At(-10), "Rachel Jones", "Data extracted; analysis of the variation under way.");

        var desk = Raise(_repeatVictims, 2, "3", DomesticAbuse, 12,
            "CC to confirm the staffing and operating hours of the DA desk in the control centre.",
            seed.ByPost("CC"));
        DemoSeed.Move(desk, ActionStatus.InProgress, At(-20), "Richard Cooper");

        var idva = Raise(_repeatVictims, 3, "3", DomesticAbuse, 20,
            "SPM and Head of Policy and Commissioning to share the OPCC's timetable for commissioning IDVA services, so that the force can align its referral pathways.",
            seed.ByPost("SPM"), seed.ByPerson("Claire Richardson"));
        DemoSeed.Move(idva, ActionStatus.AwaitingSignOff, At(-2), "Jackie Irvin", "Timetable shared with the force.");

        Raise(_repeatVictims, 4, "2", DomesticAbuse, 60,
            "DCC and ACC to present an evaluation of the timeliness of Domestic Violence Disclosure Scheme (Clare's Law) disclosures.",
            seed.ByPost("DCC"), seed.ByPost("ACC"));
    }

    private ActionItem Raise(Meeting meeting, int number, string item, string theme, int dueInDays, string description, params ActionOwner[] owners)
    {
        var action = seed.Raise(meeting, number, DemoSeed.Find(meeting, item), theme, description, owners);
        action.DueDate = seed.Weekday(dueInDays);
        return action;
    }

    private DateTime At(int daysFromToday) => DemoSeed.Utc(seed.Weekday(daysFromToday), 11);

    private static DateTime AtMeeting(Meeting meeting) => DemoSeed.Utc(meeting.Date, meeting.StartTime.AddHours(1));
}
