using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Demo;

/// <summary>The people and posts named in the seeds' minutes.</summary>
internal static class DemoPeople
{
    // The minutes fix who held which post on each meeting day; the From/To dates are approximations that bracket those
    // days, not appointment records. T/ and A/ holdings are of the substantive post, marked acting.
    public static void Add(DemoSeed seed)
    {
        seed.AddPost("PCC", "Police and Crime Commissioner", Organisation.Opcc);
        seed.AddPost("SPM", "Senior Policy Manager", Organisation.Opcc);
        seed.AddPost("HPC", "Head of Policy and Commissioning", Organisation.Opcc);
        seed.AddPost("SPO", "Senior Policy Officer", Organisation.Opcc);
        seed.AddPost("PO", "Policy Officer", Organisation.Opcc);
        seed.AddPost("PA", "Policy Assistant", Organisation.Opcc);
        seed.AddPost("PCI", "Policy and Commissioning Intern", Organisation.Opcc);
        seed.AddPost("BSO", "Business Support Officer", Organisation.Opcc);
        seed.AddPost("CC", "Chief Constable", Organisation.Force);
        seed.AddPost("DCC", "Deputy Chief Constable", Organisation.Force);
        seed.AddPost("ACC", "Assistant Chief Constable", Organisation.Force);
        seed.AddPost("SO", "Staff Officer", Organisation.Force);

        seed.Hold("John Campion", "PCC", new(2016, 5, 12));
        seed.Hold("Jackie Irvin", "SPM", new(2019, 1, 1));
        seed.Hold("Charity Pearce", "PA", new(2020, 1, 1));
        seed.Hold("Claire Richardson", "HPC", new(2022, 1, 1));
        seed.Hold("Natasha Noorbakhsh", "SPO", new(2022, 1, 1));
        seed.Hold("Thom Dancox", "PCI", new(2023, 6, 1), new(2023, 9, 30));
        seed.Hold("Nicola Lowery", "PO", new(2024, 1, 1));
        seed.Hold("Lucy Milner", "BSO", new(2024, 1, 1));

        seed.Hold("Anthony Bangham", "CC", new(2016, 3, 1), new(2021, 10, 31));
        seed.Hold("Julian Moss", "DCC", new(2017, 1, 1), new(2022, 6, 30));
        seed.Hold("Catherine Allsopp", "SO", new(2020, 1, 1), new(2021, 12, 31));
        seed.Hold("Alex Murray", "CC", new(2023, 3, 1), new(2024, 6, 30), acting: true);
        seed.Hold("Richard Cooper", "DCC", new(2023, 3, 1), new(2024, 6, 30), acting: true);
        seed.Hold("Richard Cooper", "CC", new(2024, 7, 1), acting: true);
        seed.Hold("Rachel Jones", "ACC", new(2022, 1, 1), new(2024, 6, 30));
        seed.Hold("Rachel Jones", "DCC", new(2024, 7, 1), acting: true);
    }
}
