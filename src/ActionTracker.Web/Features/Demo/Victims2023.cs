using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// Seed 002: the Assurance &amp; Accountability meeting of 29 June 2023, "Putting Victims and Their Voice at the Heart of
/// the Criminal Justice System", and the public meeting it named as next.
/// </summary>
internal sealed class Victims2023(DemoSeed seed) : IDemoPart
{
    private const string Recorder = "Natasha Noorbakhsh";
    private const string Theme = "Victims";

    private Meeting _meeting = null!;
    private Meeting _public = null!;

    public void AddMeetings()
    {
        // The minutes give no start time or venue: the time is a placeholder and the venue is left empty.
        _meeting = seed.AddMinuted("Assurance & Accountability", MeetingType.AssuranceAndAccountability,
            "Putting Victims and Their Voice at the Heart of the Criminal Justice System", new(2023, 6, 29), new(10, 0), Recorder);
        seed.Attend(_meeting, "John Campion", "Police and Crime Commissioner", "PCC");
        seed.Attend(_meeting, "Claire Richardson", "Head of Policy and Commissioning", "CR");
        seed.Attend(_meeting, "Natasha Noorbakhsh", "Senior Policy Officer", "NN");
        seed.Attend(_meeting, "Thom Dancox", "Policy and Commissioning Intern", null, AttendanceStatus.Observer);
        seed.Attend(_meeting, "Alex Murray", "Acting Chief Constable", "A/CC");
        seed.Attend(_meeting, "Richard Cooper", "Acting Deputy Chief Constable", "A/DCC");
        seed.Attend(_meeting, "Rachel Jones", "Assistant Chief Constable", "ACC");
        AddAgenda();

        _public = seed.AddNamedNextMeeting("Public meeting", MeetingType.Public, "Public meeting", new(2023, 7, 28), new(10, 0));
        seed.Link(_meeting, _public);
    }

    public void AddActions()
    {
        var val = DemoSeed.Find(_meeting, "2.2");
        var contracts = seed.Raise(_meeting, 1, val, Theme,
            "ACC RJ to provide details of members of staff employed by the force on short term contracts, in roles funded by the PCC (not limited to VAL) to determine whether the PCC can provide assurance and clarity on permanency of contracts.",
            seed.ByPerson("Rachel Jones"));
        var sla = seed.Raise(_meeting, 2, val, Theme,
            "RJ and CR to meet to review and discuss existing VAL SLA and performance reporting timelines.",
            seed.ByPerson("Rachel Jones"), seed.ByPerson("Claire Richardson"));
        var group = seed.Raise(_meeting, 3, val, Theme,
            "Force and PCC leads to establish a combined Force & OPCC working group with a clear TOR to undertake the following activity: – Review draft VNA – Review victim services provision across West Mercia",
            DemoSeed.ByBody("Force and PCC leads"));

        DemoSeed.Target(contracts, _public);
        DemoSeed.Target(sla, _public);

        // The minutes need the service specification settled by October 2023, so the working group is due before then.
        group.DueDate = new(2023, 9, 29);
        DemoSeed.Move(group, ActionStatus.InProgress, DemoSeed.Utc(new(2023, 7, 28), 12), Recorder, "Working group being established.");

        DemoSeed.Move(contracts, ActionStatus.Closed, DemoSeed.Utc(new(2023, 7, 28), 12), Recorder, "Details provided; closed at the review of the action tracker.");
        DemoSeed.Move(sla, ActionStatus.Closed, DemoSeed.Utc(new(2023, 8, 31), 12), Recorder, "Meeting held; closed at the review of the action tracker.");
        DemoSeed.Move(group, ActionStatus.Closed, DemoSeed.Utc(new(2023, 9, 29), 12), Recorder, "Working group established; closed at the review of the action tracker.");
    }

    private void AddAgenda()
    {
        DemoSeed.Item(_meeting, "1", "Review of Action Tracker", AgendaItemKind.OutstandingMatters, notes:
            "Action tracker reviewed. 1 action related to the HMICFRS Victim Service Assessment was closed");
        DemoSeed.Item(_meeting, "2", "Assurance & Accountability – ‘Putting victims and their voice at the heart of the Criminal Justice System’", AgendaItemKind.HoldingToAccount, notes:
            """
            The PCC played a victim case study video produced by his Communications & Engagement team. The video captured the victims’ experience of the Victim Advice Line (VAL) service.

            The PCC commissioned a report from the Chief Constable (CC) on the ‘most appropriate agency’ (MAA) policy and VAL. The report was submitted prior to the Assurance and Accountability (A&A) meeting and was used to inform discussions.
            """);
        DemoSeed.Item(_meeting, "2.1", "Most Appropriate Agency", AgendaItemKind.HoldingToAccount,
            "How were partners engaged before and after the MAA policy was implemented, and how will its impact be evaluated?",
            """
            The A/CC drew out highlights from the MAA section of the report. There is a local and national focus on ensuring that the public receive the right care, from the right agency. The MAA policy underpins the legitimacy of a police response. The force’s ability to provide the right service to those who need it, is impacted when the police attend incidents where there is no policing purpose.

            The introduction of MAA, alongside other policy changes including the Contact Resolution Centre (CRC) has led to transformational change in West Mercia. It is acknowledged that the most significant impact is because of the CRC and changes to incident grading, rather than implementation of MAA. MAA represents a low volume of calls. Most MAA calls are from other agencies, rather than members of the public. When considering MAA calls not attended (i.e., those where there is no policing purpose), this would account for approx. 3-4% of overall telephony demand. The A/CC acknowledged that each of the new policies has risks in relation to safeguarding duties.

            West Mercia Police is an early adopter of the MAA approach and the A/CC acknowledged that improvements need to be made post-implementation. The force has developed an improvement plan to capture learning, including from IOPC referrals. This plan will ensure the appropriate focus on safeguarding. The PCC is an advocate for a continuous improvement approach to MAA to ensure the right service is being given to the public. Whilst the positive and adverse impacts of the policy are being captured through ongoing reviews, there is currently no formal evaluation of MAA. The PCC reiterated the importance of evaluating the impact to evidence legitimacy.

            The PCC raised anecdotal feedback that other forces who were early adopters had taken a more phased approach to implementation, inc. more extensive consultation with partners. The A/CC confirmed that learning from other early adopters was used to inform local implementation, and that these forces had seen similar issues to those in West Mercia. On reflection, the A/CC would change the approach to the Safeguarding Advice Team, ensuring that all members of the team had significant safeguarding training prior to the policy going live.

            The PCC raised concerns regarding partnership engagement pre and post-implementation of the policy. The MAA policy was initially introduced to partners through the Vulnerability Partnership Executive Group (VPEG) in August 2022; 8 months before it was implemented. VPEG was not the only mechanism for partnership engagement, with further contact made through letters to strategic leads, a survey of partners and utilisation of the Strategic Crime & Vulnerability Forum.

            The PCC felt there was potential learning for the force in relation to partner engagement. The A/CC felt initial partnership engagement was sufficient. Going forward, force will consider how to engage with key partners post-implementation to understand concerns, as well as considering the feedback that has been shared directly with the PCC. The PCC was clear that his consent was not required to implement the MAA policy, however greater buy in and cooperation from the PCC could have helped the force, particularly in respect of convening partners. To further support ongoing work with partners, the force has commissioned a partnership review. The review aims to improve understanding of the partnership ecosystem and drive effectiveness.

            Public communications will be considered locally once the national approach (Right Care, Right person) is launched in July 2023.
            """);
        DemoSeed.Item(_meeting, "2.2", "Victim Advice Line", AgendaItemKind.HoldingToAccount,
            "What is the assessment of onward referrals from VAL to other victim support services, and are improvements required?",
            """
            The A/CC drew out highlights from the VAL section of the report. It was acknowledged that there are advantages and disadvantages to the current service. The force view is that a good level of service is being provided to the approx. 20% of victims who are referred into VAL. The A/CC was aware that the PCC had recently commissioned a victims needs assessment (VNA) to inform future commissioning of victim services. The VNA will provide useful context to reflect on VAL performance and future service provision in West Mercia.

            Chief Officers are interested in how the force can improve contact with victims, as well as how they can work with the PCC’s office to understand service requirements around VAL and address gaps in service provision e.g., victim-offender overlap, ASB provision etc.

            In the A&A report, the force assessed that the original benefits and objectives for VAL had been achieved. This assertion is challenged by the draft VNA, for example in respect of victim satisfaction levels.

            Governance and management was identified as a key area of discussion for the A&A meeting, and was included in the PCC’s terms of reference (TOR) for the meeting report. The draft VNA provides further context in relation to the challenges around governance and management of the service across both organisations. The A/CC reiterated the force’s commitment to providing the right service to victims and would like to see the VNA drive change, inc. reviewing governance.

            The force has requested that general enquiries from the PCC’s office relating to VAL are directed to Chief Officers. This is to avoid confusion as to who is responsible for delivery of the service and governance. Whilst the PCC commissions the service, the delivery of the service is within the direction and control of the force and requires Chief Officer oversight. The PCC’s office has access to the Head of VAL through the quarterly contract management meetings. The PCC reiterated his expectations in relation to access to information and staff, as set out in the Policing Protocol Order 2023.

            The service is currently subject to single year funding and perceived limitations of this were raised in the A&A report. CR noted that there had been active approaches to the force to invite bids for reallocation of underspends, but this has never been taken up. In the future, the ACC would like to be sighted on any opportunities around funding.

            The ACC raised the impact of single year funding on recruitment and retention. CR confirmed that VAL have a core budget for 12 permanent posts. The only members of staff on fixed term contracts are those contributing to short term projects funded by the Ministry of Justice (MOJ). The ACC noted that the concerns around single year funding for posts was not limited to VAL but included other posts funded by the PCC. The PCC is happy to provide further clarity and assurances around roles. Action: ACC RJ to provide details of members of staff employed by the force on short term contracts, in roles funded by the PCC (not limited to VAL) to determine whether the PCC can provide assurance and clarity on permanency of contracts.

            The Head of VAL previously drafted a Service Level Agreement (SLA) to clarify arrangements and requirements, but this was never signed. Progress had been pended by both organisations. The new VNA will be reviewed prior to any further work being undertaken on the SLA.

            Performance management of VAL was discussed. It is accepted that there are additional reporting requirements on the Head of Service because VAL is a PCC funded service. In addition to PCC reporting, the ACC has oversight of VAL through the quarterly victim and satisfaction board. The ACC acknowledged that timeliness was not where the force wants it to be. However, there could be more clarity on requirements if there was an agreed SLA informed by national best practice. The force has requested that VAL have an additional 5 working days to submit reports to the PCC. The PCC reiterated that the force should align their reporting timescales to the PCC’s contract management and governance arrangements. CR noted that more could be done to streamline performance reporting. Action: RJ and CR to meet to review and discuss existing VAL SLA and performance reporting timelines.

            Data shows most referrals into VAL are police referrals rather than direct contact from victims. The PCC’s view was that more could be done to improve public facing engagement. Chief Officers agreed and the force are looking at different mechanisms including QR codes, awareness raising with community/ voluntary organisations and targeting communities where victims are less likely to report to authorities. Any uplift in referrals because of this activity will be monitored to ensure resourcing is based on demand. The PCC is keen to see the benefits of the VAL being more widely promoted.

            CR queried the quality of referrals to VAL. The VNA shows that some victims are being missed through the Initial Victim Needs Assessment (IVNA) process, whilst others who don’t require support are being referred into the service. The ACC acknowledged that the force had been on a journey to initially increase referrals into VAL, with the focus now shifting to ensuring the right referrals are being made. There has been a gradual improvement in the quality of IVNAs but more can be done.

            The PCC requested an assessment of onward referrals to other victim support services and whether improvements are required. The A/CC identified gaps in services, and acknowledged there were challenges between VAL and other providers at times of high demand. There may be opportunities to improve relationships across organisations and avoid victims having to recount their stories multiple times. This was an objective of the original business case and attendees were not confident that this had been achieved. Some of this is due to the complexity of the landscape around service provision.

            All attendees recognised the positive impact VAL has delivered in respect of victim updates and access to officers. The PCC also noted positive feedback that was captured in the victim case study video. A discussion took place regarding integration between VAL and the witness care unit. The A/CC confirmed that this will be reviewed as part of budget setting process for next year, informed by the VNA.

            The A&A report set out 6 ‘next steps’ to ensure the VAL delivers maximum value and continues to develop to meet the needs of victims. How the next steps are implemented will be dependent on the review of the VAL operating model (step 1). This will be informed by the VNA. A final version of the VNA is anticipated at the end of July.

            The VNA was commissioned in part to inform commissioning activity in early 2024. The PCC’s team will need to be clear on any service specification by October 2023. The ACC would welcome the opportunity to help inform this activity, in light of the discussions that have taken place at A&A. Action: Force and PCC leads to establish a combined Force & OPCC working group with a clear TOR to undertake the following activity:
            • Review draft VNA
            • Review victim services provision across West Mercia

            The PCC thanked the A/CC for the A&A report. The PCC noted a large number of appendices had been included and advised that this volume of supplementary documents was not required.
            """);
        DemoSeed.Item(_meeting, "3", "Summary of Actions Arising", AgendaItemKind.SummaryOfActions, notes:
            "The SPO provided a summary of the actions as set out above");
        DemoSeed.Item(_meeting, "4", "AOB", AgendaItemKind.AnyOtherBusiness, notes: "N/A");
        DemoSeed.Item(_meeting, "5", "Confirmation of the next meeting type / time / date / venue", AgendaItemKind.NextMeeting, notes:
            "Public meeting – 28th July");
    }
}
