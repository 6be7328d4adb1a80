using ActionTracker.Web.Data.Entities;

namespace ActionTracker.ScaleData;

/// <summary>Words for generated rows: varied enough that searching for a word finds a realistic share of actions.</summary>
public static class ScaleText
{
    public static readonly string[] Themes =
    [
        "Domestic abuse", "VAWG", "Victims", "Serious violence", "Road safety", "Rural crime", "Neighbourhood policing",
        "Call handling", "Custody", "Workforce", "Estates", "Finance",
    ];

    public static readonly string[] Bodies =
    [
        "the CRB", "Force and PCC leads", "Community safety partnerships", "the Fire and Rescue Service", "the Local Criminal Justice Board",
        "the Police and Crime Panel", "Victim services", "the Violence Reduction Unit",
    ];

    private static readonly string[] FirstNames =
    [
        "Amelia", "Ben", "Chloe", "Daniel", "Emma", "Faisal", "Grace", "Harry", "Isla", "Jack", "Kiran", "Laura", "Mohammed", "Niamh", "Oliver",
        "Priya", "Rachel", "Sam", "Tom", "Zara",
    ];

    private static readonly string[] LastNames =
    [
        "Adams", "Begum", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nolan",
        "Owen", "Patel", "Quinn", "Roberts", "Shaw", "Turner",
    ];

    private static readonly (string Abbreviation, string Title, Organisation Organisation)[] Posts =
    [
        ("CC", "Chief Constable", Organisation.Force), ("DCC", "Deputy Chief Constable", Organisation.Force),
        ("ACC", "Assistant Chief Constable", Organisation.Force), ("SPM", "Senior Policy Manager", Organisation.Opcc),
        ("HPC", "Head of Policy and Commissioning", Organisation.Opcc), ("ACO", "Assistant Chief Officer", Organisation.Force),
    ];

    private static readonly string[] Verbs =
    [
        "provide an update on", "report on", "confirm the approach to", "share the evaluation of", "present a plan for", "review",
        "circulate data on", "agree measures for",
    ];

    private static readonly string[] Subjects =
    [
        "custody detention times", "stop and search outcomes", "domestic abuse arrests", "knife crime hot spots", "101 call handling",
        "rural crime patrols", "the Victims' Code", "neighbourhood policing teams", "road safety enforcement", "fraud referrals", "hate crime",
        "anti-social behaviour", "missing persons", "vetting backlogs", "officer wellbeing", "the estates strategy", "fleet replacement",
        "digital forensics", "body-worn video", "MARAC referrals",
    ];

    private static readonly string[] Qualifiers =
    [
        "by local policing area", "at the next meeting", "with partners", "including the latest quarter's data", "against the national average",
        "for the Police and Crime Panel", "with the reasons for any change", "and the effect on victims",
    ];

    private static readonly string[] Notes =
    [
        "Data being collated from the control room.", "Draft report circulated to the OPCC.", "Awaiting the partners' response.",
        "Briefing arranged with the PCC.", "Work paused pending the HMICFRS inspection.", "Figures checked with the performance team.",
        "Discussed at the force's Service Improvement Board.", "Evidence shared on the document store.",
    ];

    public static string PersonName(int i) => $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}" +
        (i < FirstNames.Length * LastNames.Length ? "" : $" {(i / (FirstNames.Length * LastNames.Length)) + 1}");

    public static Post Post(int i) => i < Posts.Length
        ? new Post { Abbreviation = Posts[i].Abbreviation, Title = Posts[i].Title, Organisation = Posts[i].Organisation }
        : new Post { Abbreviation = $"SUP{i}", Title = $"Superintendent, portfolio {i}", Organisation = i % 4 == 0 ? Organisation.Opcc : Organisation.Force };

    public static string Description(Random random) =>
        $"To {Verbs[random.Next(Verbs.Length)]} {Subjects[random.Next(Subjects.Length)]} {Qualifiers[random.Next(Qualifiers.Length)]}.";

    public static string Note(Random random) => Notes[random.Next(Notes.Length)];
}
