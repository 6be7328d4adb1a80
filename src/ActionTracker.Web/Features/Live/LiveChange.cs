using System.Text.Json.Serialization;

namespace ActionTracker.Web.Features.Live;

/// <summary>
/// What changed, one record per kind of change: the closed set every live page hears of. Each carries ids only, so every
/// circuit re-reads through its own service (the one exception: <see cref="NotesTyped"/>, text in no database yet).
/// <see cref="Topics"/> says which pages it reaches (see <see cref="LiveTopic"/>). Crosses servers as JSON (BusMessage):
/// the discriminators below are the wire names, so keep them when renaming a record.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ActionChanged), "action")]
[JsonDerivedType(typeof(MeetingChanged), "meeting")]
[JsonDerivedType(typeof(AgendaChanged), "agenda")]
[JsonDerivedType(typeof(NotesSaved), "notes")]
[JsonDerivedType(typeof(NotesTyped), "notesTyped")]
[JsonDerivedType(typeof(PresenceChanged), "presence")]
[JsonDerivedType(typeof(NotificationsChanged), "notifications")]
[JsonDerivedType(typeof(BenchBroadcast), "bench")]
[JsonDerivedType(typeof(Resync), "resync")]
public abstract record LiveChange
{
    // Only the records below: a new kind of change is added here, with its wire name and its topics.
    private protected LiveChange()
    {
    }

    /// <summary>The topics whose subscribers hear this change (a <see cref="Resync"/> reaches every subscriber instead).</summary>
    [JsonIgnore]
    public IReadOnlyList<LiveTopic> Topics => ReachedTopics();

    // A method, so the wire carries the ids only: the topics follow from them on every server.
    private protected abstract IReadOnlyList<LiveTopic> ReachedTopics();
}

/// <summary>An action was raised, edited or progressed; <paramref name="MeetingId"/> is the meeting that raised it, if any.</summary>
public sealed record ActionChanged(int? MeetingId, int ActionId) : LiveChange
{
    // The action, every list of actions, and the meeting that raised it. Not the bells: a save that adds a notice
    // publishes NotificationsChanged as well (ActionSaves), so every open page does not re-count on every edit.
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => MeetingId is { } meetingId
        ? [LiveTopic.Action(ActionId), LiveTopic.Actions, LiveTopic.MeetingActions(meetingId), LiveTopic.Meetings]
        : [LiveTopic.Action(ActionId), LiveTopic.Actions];
}

/// <summary>The meeting itself changed: its details, attendance, status (started, closed), minutes or verdicts.</summary>
public sealed record MeetingChanged(int MeetingId) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.Meeting(MeetingId), LiveTopic.Meetings];
}

/// <summary>One agenda item was added or saved whole (number, title, question, notes) in the minutes view's form.</summary>
public sealed record AgendaChanged(int MeetingId, int AgendaItemId) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() =>
        [LiveTopic.Meeting(MeetingId), LiveTopic.Meetings, LiveTopic.ItemNotes(MeetingId, AgendaItemId)];
}

/// <summary>An item's notes were saved (at a pause in the minute taker's typing): only pages showing notes hear it.</summary>
public sealed record NotesSaved(int MeetingId, int AgendaItemId) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.ItemNotes(MeetingId, AgendaItemId), LiveTopic.MeetingNotes(MeetingId)];
}

/// <summary>
/// The notes as the minute taker types them, before the save: <paramref name="Text"/> is in no database for others to
/// re-read. Only the read-only notes of the run page hear it (editors never take a draft over their own text).
/// </summary>
public sealed record NotesTyped(int MeetingId, int AgendaItemId, string Text) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.ItemDraft(MeetingId, AgendaItemId)];
}

/// <summary>Who has the meeting open, or what they are editing, changed. Stays on this server (see ServerChangeNotifier).</summary>
public sealed record PresenceChanged(int MeetingId) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.Presence(MeetingId)];
}

/// <summary>
/// A person's notifications were added (a save, a reminder pass) or read (in one of their tabs): only their bells and
/// notifications page count again, not every open page's (bench/live-fanout.sh: a raise made 20 bells count), and the
/// mail sender wakes (a read wakes it for nothing, which costs one query).
/// </summary>
public sealed record NotificationsChanged(string UserId) : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.Notifications(UserId), LiveTopic.Outbox];
}

/// <summary>Bench mode's bare broadcast (bench/live-fanout.sh): heard only by the /bench/broadcast page.</summary>
public sealed record BenchBroadcast : LiveChange
{
    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [LiveTopic.Bench];
}

/// <summary>
/// Asks every open page to re-read what it shows, whatever its topics: this server may have missed changes (its
/// connection to the other servers was lost and is back), or a page has just subscribed (see LiveRefresh).
/// </summary>
public sealed record Resync : LiveChange
{
    public static Resync Everything { get; } = new();

    private protected override IReadOnlyList<LiveTopic> ReachedTopics() => [];
}
