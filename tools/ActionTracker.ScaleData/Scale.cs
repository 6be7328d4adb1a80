namespace ActionTracker.ScaleData;

/// <summary>How much to generate: by default 100,000 actions across 5,000 meetings, 400 people and 40 posts.</summary>
public sealed record Scale(int Actions, int Meetings, int People, int Posts, int Years)
{
    public static Scale Default { get; } = new(100_000, 5_000, 400, 40, 6);

    /// <summary>Keeps the default's proportions (20 actions a meeting) for a smaller or larger run.</summary>
    public static Scale ForActions(int actions) => Default with { Actions = actions, Meetings = Math.Max(10, actions / 20) };
}
