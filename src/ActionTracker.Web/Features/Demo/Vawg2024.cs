using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// Seed 000: the Assurance &amp; Accountability meeting of 16 December 2024 on violence against women and girls, and the
/// Q3 performance meeting it named as next. The minutes' headings are unnumbered; they are numbered here in order.
/// </summary>
internal sealed class Vawg2024(DemoSeed seed) : IDemoPart
{
    private const string Recorder = "Lucy Milner";

    private Meeting _meeting = null!;
    private Meeting _next = null!;

    public void AddMeetings()
    {
        _meeting = seed.AddMinuted("Assurance & Accountability", MeetingType.AssuranceAndAccountability,
            "Violence Against Women and Girls – case study and briefing", new(2024, 12, 16), new(14, 0), Recorder);
        seed.Attend(_meeting, "John Campion", "Police and Crime Commissioner", "PCC");
        seed.Attend(_meeting, "Nicola Lowery", "Policy Officer", "CJ");
        seed.Attend(_meeting, "Lucy Milner", "Business Support Officer", "LM");
        seed.Attend(_meeting, "Richard Cooper", "Temporary Chief Constable", "T/CC");
        seed.Attend(_meeting, "Rachel Jones", "Temporary Deputy Chief Constable", "T/DCC");
        AddAgenda();

        _next = seed.AddNamedNextMeeting("Assurance & Accountability", MeetingType.AssuranceAndAccountability, "A&A Q3 Performance",
            new(2025, 3, 4), new(14, 0), new(16, 0));
        seed.Link(_meeting, _next);
    }

    public void AddActions()
    {
        var hmcts = seed.Raise(_meeting, 1, DemoSeed.Find(_meeting, "2"), "VAWG",
            "Focus to be given to organisational engagement with HMCTS, to improve partnership working.",
            DemoSeed.ByBody("OPCC"));
        DemoSeed.Target(hmcts, _next);
        DemoSeed.Move(hmcts, ActionStatus.InProgress, DemoSeed.Utc(new(2025, 1, 20), 11), "Nicola Lowery",
            "Engagement with HMCTS being taken forward by the OPCC criminal justice policy lead.");
    }

    private void AddAgenda()
    {
        DemoSeed.Item(_meeting, "1", "Case study video – VAWG", AgendaItemKind.General, notes:
            "A victim case study video, that had been circulated to attendees prior to the meeting, was presented.");
        DemoSeed.Item(_meeting, "2", "Briefing / Terms of Reference", AgendaItemKind.HoldingToAccount,
            "What are the challenges and barriers to improving Domestic Abuse (DA) performance against the target of 16%?",
            """
            The T/CC provided a briefing note ahead of the meeting which included an executive summary and focussed on the areas detailed within the Terms of Reference.

            An overview of West Mercia’s progress in response to the Op Soteria self-assessment had been provided; key strengths and areas for development had been identified as part of this. The PCC asked about the governance of Op Soteria and the T/CC provided assurance that appropriate oversight and scrutiny was in place, acknowledging that Op Soteria involved multiple partners

            The T/CC confirmed that VAWG was a force-wide focus and highlighted the improvement work that had been done to ensure that domestic abuse (DA) is prioritised across the force. The T/CC stated that high-risk DA incidents feature in a range of force meetings and that senior level scrutiny and governance was in place. The T/CC also highlighted the monitoring work that is being undertaken to support this focus. The PCC asked if wider incidents, that may not meet the serious harm threshold, featured as part of this scrutiny and received clarification from the T/CC that appropriate risk assessment processes were in place to ensure specialist intervention was applied correctly.

            The PCC sought reassurance that the T/CC had confidence in the current policy and procedures to manage Sexual Misconduct and Vulnerability incidents within workforce. The T/CC acknowledged the improvements that had been made which provided him with the assurance that incidents are managed appropriately. The T/CC confirmed that independent investigations procedures are in place as part of these processes and that the force’s Professional Standards Department (PSD) provides an appropriate level of victim care to staff affected by misconduct cases.

            The PCC sought further detail on the effectiveness of collaboration and partnership working with statutory partners, agencies and commissioned services. The T/CC acknowledged how successful partnership working supports positive outcomes for victims and the work of the Violence Against Women and Girls (VAWG) Independent Advisory Group (IAG) in identifying gaps in service provisions for underrepresented groups and improvements required regarding Independent Sexual Violence Advisors (ISVAs). The positive working relationship between the force and the Crown Prosecution Service (CPS) was also highlighted and it was agreed that partnership work with His Majesty’s Courts & Tribunals Service (HMCTS) was an area that required further focus.

            The T/CC’s briefing document offered a strategic overview and assessment of force performance in relation to domestic abuse (DA) and rape and serious sexual offences (RASSO) incidents.

            The PCC sought clarity on the challenges and barriers to improving Domestic Abuse (DA) performance against the target of 16%. The T/CC advised that the low level of DA outcomes could partly be attributed to the decision in late 2023/24 to suspend the use of community resolutions for domestic abuse. The T/CC provided assurance that work is being done to improve outcomes, trial readiness and to reduce victim attrition in domestic abuse cases.

            The T/CC outlined a series of measures being implemented to improve the force’s response to Grade 2 DA incidents such as the implementation of a DA desk within the control centre and the expansion of Rapid Video Response to obtain video evidence from victims.
            """);
        DemoSeed.Item(_meeting, "2.1", "Public Confidence", AgendaItemKind.HoldingToAccount,
            "What is the force doing to improve victim confidence following the Op Soteria national survey results?",
            """
            The PCC brought attention to the National Survey Results as part of Op Soteria and sought reassurance on what the force are doing to improve victim confidence particularly to prevent a loss of trust and how police engage with survivors. It was acknowledged by the T/CC that the Op Soteria national survey results had demonstrated that there is still capacity to provide better support to rape and serious sexual offences (RASSO) victims and the measures being implemented to improve victim satisfaction for RASSO cases were discussed. It was confirmed that an in-depth survey has been created and will be live by early 2025.
            """);
        DemoSeed.Item(_meeting, "2.2", "Risk & Offender Management", AgendaItemKind.HoldingToAccount,
            "How is risk being managed and prioritised, given the backlogs in cases heard at MARAC and the pressures on MOSOVO?",
            """
            The PCC requested assurance on how risk is being managed and prioritised considering the backlogs to cases being heard at Multi Agency Risk Assessment Conferences (MARAC) and Risk Assessment Plans for Managing Sexual and Violent Offenders and Violent other Offenders (MOSOVO). The T/CC referred to the increased efforts that are being made by partners to reduce current backlog in cases being heard at MARAC and provided an overview on how MOSOVO risk was being effectively managed despite pressures.
            """);
        DemoSeed.Item(_meeting, "2.3", "Next Steps", AgendaItemKind.HoldingToAccount,
            "How will the victim’s voice be incorporated into the force’s Vulnerability Strategy?",
            """
            The PCC sought reassurance on how the Victim’s voice will be incorporated into the force’s Vulnerability Strategy and assurance was provided that their voice was prevalent in the work across the force. The T/CC discussed the current mechanisms in place to capture this which included representation of victims through IAG work, work with survivors on training material and ongoing consultations with survivors of child sexual exploitation. The T/CC advised on his view that there was an opportunity to better utilise the professional expertise of ISVAs to improve the level of qualitative and quantitative feedback from RASSO victims in a trauma informed manner to support continuous and future areas for improvement.
            """);
        DemoSeed.Item(_meeting, "3", "Review of Action Tracker", AgendaItemKind.OutstandingMatters, notes:
            "The action tracker was discussed and updated accordingly.");
        DemoSeed.Item(_meeting, "4", "Summary of Actions Arising – OPCC", AgendaItemKind.SummaryOfActions, notes:
            "• Focus to be given to organisational engagement with HMCTS, to improve partnership working.");
        DemoSeed.Item(_meeting, "5", "Confirmation of Next Meeting Type / Date / Time / Venue", AgendaItemKind.NextMeeting, notes:
            "A&A Q3 Performance – 04 March 2025, 14:00 – 16:00");
    }
}
