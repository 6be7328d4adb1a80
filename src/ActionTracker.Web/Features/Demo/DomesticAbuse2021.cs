using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>
/// Seed 001: the Monthly Assurance Meeting of 26 February 2021 on domestic abuse, the May 2020 Performance Meeting whose
/// two deferred actions it closed, and the thematic meeting it named as next.
/// </summary>
internal sealed class DomesticAbuse2021(DemoSeed seed) : IDemoPart
{
    private const string Recorder = "Jackie Irvin";
    private const string Theme = "Domestic abuse";

    private Meeting _performance = null!;
    private Meeting _meeting = null!;
    private Meeting _thematic = null!;

    public void AddMeetings()
    {
        // The seeds give only "May 2020" for this meeting, so its day and time are placeholders; its minutes are not among
        // the seeds, so its only items are the two topics its actions name.
        _performance = seed.AddMinuted("Performance", MeetingType.Performance, "Performance Meeting – May 2020", new(2020, 5, 28), new(10, 0), null);
        DemoSeed.Item(_performance, "1", "Total Recorded Crime", AgendaItemKind.HoldingToAccount);
        DemoSeed.Item(_performance, "2", "Outcomes", AgendaItemKind.HoldingToAccount);

        // The minutes say "Thursday 26 February"; 26 February 2021 was a Friday, and the date is kept as minuted.
        _meeting = seed.AddMinuted("Monthly Assurance Meeting", MeetingType.HoldingToAccount, "Holding to account – Domestic Abuse",
            new(2021, 2, 26), new(10, 0), Recorder);
        _meeting.IsVirtual = true;
        seed.Attend(_meeting, "John Campion", "Police and Crime Commissioner", "PCC");
        seed.Attend(_meeting, "Jackie Irvin", "Senior Policy Manager", "SPM");
        seed.Attend(_meeting, "Charity Pearce", "Policy Assistant", "PO");
        seed.Attend(_meeting, "Anthony Bangham", "Chief Constable", "CC");
        seed.Attend(_meeting, "Julian Moss", "Deputy Chief Constable", "DCC");
        seed.Attend(_meeting, "Catherine Allsopp", "Staff Officer", "SO");
        AddAgenda();

        _thematic = seed.AddNamedNextMeeting("Thematic", MeetingType.Thematic, "Thematic on Serious and Organised Crime", new(2021, 3, 23), new(10, 30));
        seed.Link(_meeting, _thematic);
    }

    public void AddActions()
    {
        var trc = seed.Raise(_performance, 1, DemoSeed.Find(_performance, "1"), "Performance",
            "Total Recorded Crime: Bring back in 6 months to understand the impact the new investigative model is having on mitigating risk.",
            seed.ByPost("CC"));
        var outcomes = seed.Raise(_performance, 2, DemoSeed.Find(_performance, "2"), "Performance",
            "Outcomes: PCC wants a discussion around the plan in 3 months and to understand the impact of plan in 6 months.",
            seed.ByPost("CC"));
        foreach (var action in new[] { trc, outcomes })
        {
            // "Due to be revisited in November": six months on from May.
            action.DueDate = new(2020, 11, 30);
            DemoSeed.Defer(action, _meeting, DemoSeed.Utc(new(2020, 11, 30), 12), Recorder,
                "Due to be revisited in November; deferred to the February 2021 Monthly Assurance Meeting.");
        }

        var closedAt = DemoSeed.Utc(_meeting.Date, 12);
        DemoSeed.Move(trc, ActionStatus.Closed, closedAt, Recorder,
            "Discussed at item 2.1: overall a positive picture, the new model had completely transformed the investigative side.");
        DemoSeed.Move(outcomes, ActionStatus.Closed, closedAt, Recorder,
            "Item 2.2: it was agreed there was nothing further to add to the discussions as part of this meeting.");

        var reality = Raise(1, "1.2", "CC to share the outcome of the reality testing with the PCC's office.", seed.ByPost("CC"));
        var posts = Raise(2, "1.2", "CC to provide details of how many of the 20 posts are filled now.", seed.ByPost("CC"));
        DemoSeed.Note(posts, posts.CreatedAtUtc.AddMinutes(1), Recorder,
            "During the meeting the DCC was able to confirm 18 are filled, including 3 which will be into post mid March. Two posts in Telford have not been recruited.");
        var debrief = Raise(3, "1.3", "CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.", seed.ByPost("CC"));
        var briefings = Raise(4, "1.4", "Future briefing notes to attribute PCC / CC statements to findings when appropriate.",
            DemoSeed.ByBody("OPCC and Force briefing authors"));

        var reviewedAt = DemoSeed.Utc(_thematic.Date, 12);
        foreach (var action in new[] { reality, posts, debrief, briefings })
        {
            DemoSeed.Move(action, ActionStatus.Closed, reviewedAt, Recorder, "Completed; closed at the review of the action tracker.");
        }
    }

    private ActionItem Raise(int number, string item, string description, ActionOwner owner)
    {
        var action = seed.Raise(_meeting, number, DemoSeed.Find(_meeting, item), Theme, description, owner);
        DemoSeed.Target(action, _thematic);
        return action;
    }

    private void AddAgenda()
    {
        DemoSeed.Item(_meeting, "1", "Holding to account – Domestic Abuse", AgendaItemKind.HoldingToAccount,
            "What is the force's strategic position on domestic abuse, and do Chief Officers grip it as part of their core mission?",
            """
            The PCC opened the meeting by commenting that domestic abuse (DA) had featured several times over the previous 5 years in different forums and asked the CC and DCC for their strategic assessment of where the force is now with it's approach and if Chief Officers (CO's) gripped it as part of their core mission. The CC / DCC responded:

            • There was a better understanding now of vulnerability, which had seen more of a focus in the past 12 months.
            • Data in the DA profiles provides an understanding of the variances across areas and the different aspects of DA, thus providing a better understanding.
            • The gap is the repeat failure, leading to a reactive approach rather than preventing DA to happen.
            • DA is complex and difficult to deal with but is the source of the biggest threat to harm in the organisation, officers need to understand this.
            • Officers are not intervening in the right way in all cases and there is a need to be more professional, to get better outcomes.

            West Mercia takes DA seriously, training is better, understanding is better and the investigative approach is improving. These improvements have been shown in the November assessment if investigations.

            The PCC asked if DA and associated issues feature enough in strategic performance documents to allow leaders to make change. The response was that DA needs to be addressed at both a macro and a strategic level. Strategic focus is achieved through Service Improvement Board, the DA delivery group and at a tactical level.
            """);
        DemoSeed.Item(_meeting, "1.1", "Prevention and awareness", AgendaItemKind.HoldingToAccount,
            "Is the CC satisfied that the force has taken a robust and appropriate approach to protect those most at risk?",
            """
            The PCC commented that DA offences reported to the police had decreased during the pandemic but increased to third party support services. He asked if the CC was satisfied that the force have taken a robust and appropriate approach to protect those most at risk. The DCC responded that it was a concern, and while it was good that the third sector were getting more referrals it is likely that DA had increased during the pandemic.

            DA profiles were produced at the start of the COVID pandemic to aid joint working. The PCC asked the CC if he was confident that the DA profiles are effective in driving partnership working and reducing the most serious harm. The DCC responded that having a shared understanding worked well, but the 'system' hasn't got eyes and ears in homes, and friends and families of DA victims has an important role, which has been made more challenging during the pandemic.

            The PCC stated that DA was causing almost epidemic levels of harm and while recognising the work being done questioned whether there was even more that could be done at a strategic level. The CC responded that having these conversations was a good challenge to ensure the force was doing all it could and during the pandemic there had been examples strong campaigns based on where people might still visit during lockdown.

            The PCC asked how he can be reassured that the force will continue to evolve and develop it's understanding of DA and was told that in 30 years there will still be vulnerability in the home, including issues such as DA and child at risk. To respond to societal changes the force will need to evolve it's training and response, for example to better understand DA in same sex relationships or what makes a DA perpetrator.
            """);
        DemoSeed.Item(_meeting, "1.2", "Actions following a report of domestic abuse (DA)", AgendaItemKind.HoldingToAccount,
            "Does L&D have the capacity to deliver DA training, and how is the CC assured that trained DA champions and SPOCs are put to best use?",
            """
            The PCC referred to the budget metrics and said his aspiration had been to ensure all front line officers having DA training, whereas the CC had wanted officers to have more training and asked why. The CC said he should have been bolder, the DCC added that DA is an everyday occurrence and therefore front line officers need to be experts in dealing with it.

            The PCC asked if Learning and Development (L&D) had the capacity to ensure the training happens. The CC responded that he had no reason to know otherwise, the focus on CDP is on areas which are a focus for the force. There will be 5 dedicated CPD officers and DA is top of the list. The PCC queried the quality of the training and was told the training for student officers benefited from the structured university programme, whereas there was less confidence of the quality of CPD training. The chief officer lead and head of L&D would be seeking evidence through evaluations before it would be possible to have full confidence in the CPD training.

            The PCC commented that the force have trained a number of Champions and SPOCS in DA and asked the CC how he sought reassurance that they were put to best use. The CC said it was disappointing that the force had invested in volunteers but had then failed to use them as has happened in other business areas. There needs to be a better understanding of why this happened, and it fails to deliver on the ground. Reality testing is to be used to test that approaches are being delivered and the trained DA champions are being used.

            The PCC referred to the enhanced training for OCC staff mentioned in the briefing note prepared for the meeting and asked the CO's if they were confident that it was in place and functioning from the 1 March. The DCC responded that it had been checked and was. There are processes in place for the OCC and a new leadership in there to really drive these processes. In addition the new Single Online Home (SOH) will allow people to report online at any time of day or night.

            The PCC commented that at present the SAAB safe system doesn't prompt call handlers to ask callers questions as the old system had and asked that as SAAB is further developed and enhanced was the CC confident there will be improvements in crime recording to ensure victims receive the appropriate service. The DCC responded that this is no longer an issues, as SAAB does now provide the information and future releases will improve it further.

            The PCC commented that the DA reality testing had found that there was no supervisory input in 43% of cases and asked the CC if he was satisfied with this level. The CC responded that the reality testing had been completed in the previous year and that as a result work had been done to address this. Feedback from the HMICFRS investigations visit had also shown this to have improved and that more reality testing is now taking place. He also added that as an officer get more experienced and proficient they need less supervision. There needs to be the right supervision for the right cases and while it is not an exact science the CC would envisage a 75% level to be achievable for these, currently its around 60 %. A significant improvement is expected to be shown in the reality testing.

            The PCC referred to the uplift of a further 20 posts into the Problem Solving hubs/HAU by the end of March and challenged whether these posts had been seen as a priority, adding that he wanted reassurance that they would be focused on strategic issues such as DA more than local priorities. The CC said he shared the PCC's frustration at the time taken to get these posts filled but that the Head of Business Services had been driving through the overall uplift programme and felt more reassured that posts were being filled.

            The DCC added that with regards to priorities he is looking for a data drive approach. In response the PCC said in his opinion the corporate ambition set by the executive is sometimes reinterpreted locally and asked how the executive will get assurance the ambition is being followed and that DA is a priority. The DCC replied that at a strategic level the COs have the drive both as force NPCC leads. Force Delivery Group provides governance with the ACC for local policing responsible for ensuring the activity of the problem solving hubs is aligned to force priorities, with the Chief Supt. responsible for ensuring resources.

            The PCC asked that while the quality and use of DASH risk assessments had improved, how the CC gets assurance that the quality of completed assessments is the same for all grades of DA incidents. The CC replied that QA is much improved and local supervisors are expected to check quality. The DCC added that the issue is getting partners to buy into them.

            Action 1: CC to share the outcome of the reality testing with the PCC's office.

            Action 2: CC to provide details of how many of the 20 posts are filled now. (During the meeting the DCC was able to confirm 18 are filled, including 3 which will be into post mid March. Two posts in Telford have not been recruited).
            """);
        AddLaterItems();
    }

    private void AddLaterItems()
    {
        DemoSeed.Item(_meeting, "1.3", "Outcomes", AgendaItemKind.HoldingToAccount,
            "What did the HMICFRS 'hot debrief' find about the force's understanding of its crime outcomes and how positive outcomes are pursued for victims?",
            """
            The PCC asked the CC to outline the findings from the HMICFRS 'hot debrief' around the forces understanding of its crime outcomes and how positive outcomes are pursued for victims. The CC responded that this had shown the force was asking the wrong question of itself, the mistake was not to focus on protecting people from harm and give a good service. The focus is now to give the right service for every bespoke DA case, and the error rate will improve over time.

            The PCC referred to the reality testing findings which had shown only 6% of body worn video (BWV) evidence had been uploaded and asked if the CC was confident that officers are using the tool. The CC said he is more confident now that processes are in place and a structure to allow scrutiny. His senses is that the use of BWV is variable and this needs to change. The DCC added that if officers pursue more evidential routes rather than using tools such as DVPNs then BWV evidence would be used more.

            The PCC commented that the victim satisfaction survey will be restarting again soon and that a new Victims Code would be in place in April 2021 and asked the CC if the force was prepared. The CC confirmed processes would be in place for 1 April.

            Action 3: CC to share HMICFRS hot debrief with the PCC's Office, if not previously done.
            """);
        DemoSeed.Item(_meeting, "1.4", "Repeat Victims and offenders", AgendaItemKind.HoldingToAccount,
            "Is the CC satisfied with the level and quality of referrals into VAL?",
            """
            The PCC asked the CC if he was satisfied with the level and quality of referrals into VAL. The CC/DCC replied that this had been subject to a high degree of scrutiny and that volumes had been increasing. This increase needs to be sustained, and it was acknowledged that getting the quality right would take longer to mature. Feedback loops between VAL and force leads are important to achieve this.

            The PCC commented that VAL were unable to contact 425 victims safely and asked for reassurance that the force exhausted all avenues to ensure it gave victims the right support. The CC responded that it will soon be able to, with changes to SOH giving victims a 'safest way of contacting you' option and a more tailored approach as a result.

            The PCC asked whether the force fully understood why it's levels of MARAC referrals were lower compared to other forces and was told that the reasons previously put forward to HMICFRS still stood. The volume of referrals is not a measure of successful, it is making sure the right cases are referred.

            The briefing note had mentioned that the force have previously requested PCC funding to facilitate the MARAC process through the appointment of an independent chair. The PCC asked how the PCC and force could better ensure bids for resources are submitted in a more mature way. The CC responded that the current process was flawed and that work is underway to improve the business case process.

            Action 4: Future briefing notes to attribute PCC / CC statements to findings when appropriate.
            """);
        DemoSeed.Item(_meeting, "2", "Outstanding Matters / Matters arising", AgendaItemKind.OutstandingMatters, notes:
            "Two actions arising from the May 2020 Performance Meeting were due to be revisited in November but were deferred to this meeting");
        DemoSeed.Item(_meeting, "2.1", "Action: Total Recorded Crime", AgendaItemKind.OutstandingMatters, notes:
            """
            ACTION: Total Recorded Crime: Bring back in 6 months to understand the impact the new investigative model is having on mitigating risk.

            The CC / DCC said that overall it was a positive picture and the new model had completely transformed the investigative side.

            • Morale was better and more people were wanting to move into this area.
            • When HMICFRS had revisited in November only half the model had been in place, which allows for an additional 88 officers in this area.
            • Covid had made an impact on total recorded crime, but that this hadn't led to an improvement in the overall outcome rate.
            • Deep dive activity is going on, looking wider than just outcomes, looking from a performance perspective in more detail.

            It will be important to ensure the investigative capacity translates into outcomes, especially for the most vulnerable victims.
            """);
        DemoSeed.Item(_meeting, "2.2", "Action: Outcomes", AgendaItemKind.OutstandingMatters, notes:
            """
            ACTION: Outcomes: PCC wants a discussion around the plan in 3 months and to understand the impact of plan in 6 months.

            It was agreed there was nothing further to add to the discussions as part of this meeting
            """);
        DemoSeed.Item(_meeting, "3", "AOB", AgendaItemKind.AnyOtherBusiness, notes: "Shareholder briefings are ongoing.");
        DemoSeed.Item(_meeting, "4", "Confirmation of next meeting type / date / time / venue", AgendaItemKind.NextMeeting, notes:
            "Thematic on Serious and Organised Crime – 23 March 2021 at 10:30am");
    }
}
