namespace ActionTracker.Web.Features.Live;

/// <summary>
/// What a page shows, as the notifier keys its subscribers: a page subscribes to the topics it shows and hears only the
/// changes published to them (each <see cref="LiveChange"/> names its topics). A value, so it is a cheap dictionary key.
/// </summary>
public readonly record struct LiveTopic
{
    private LiveTopic(Shows shows, int id = 0, int itemId = 0, string? userId = null) =>
        (What, Id, ItemId, UserId) = (shows, id, itemId, userId);

    public enum Shows
    {
        /// <summary>One meeting's own record: details, agenda, attendance, status, minutes (not its actions or notes).</summary>
        Meeting,

        /// <summary>The actions raised at one meeting.</summary>
        MeetingActions,

        /// <summary>Every item's saved notes at one meeting (the minutes view).</summary>
        MeetingNotes,

        /// <summary>One agenda item's saved notes.</summary>
        ItemNotes,

        /// <summary>One agenda item's notes as they are typed, before the save.</summary>
        ItemDraft,

        /// <summary>Who has one meeting open and what they are editing.</summary>
        Presence,

        /// <summary>One action.</summary>
        Action,

        /// <summary>Every action: the tracker, the dashboard, my actions.</summary>
        Actions,

        /// <summary>Every meeting: the meetings list, the dashboard.</summary>
        Meetings,

        /// <summary>One person's notifications (their bell and notifications page): another's notice is no reason to count again.</summary>
        Notifications,

        /// <summary>Notices waiting to be mailed: the background sender wakes when a save adds some.</summary>
        Outbox,

        /// <summary>Bench mode's bare broadcast page.</summary>
        Bench,
    }

    public Shows What { get; }

    /// <summary>The meeting's or the action's id, when the topic is about one.</summary>
    public int Id { get; }

    /// <summary>The agenda item's id, for an item's notes.</summary>
    public int ItemId { get; }

    /// <summary>The person's account id, for their notifications.</summary>
    public string? UserId { get; }

    public static LiveTopic Actions { get; } = new(Shows.Actions);

    public static LiveTopic Meetings { get; } = new(Shows.Meetings);

    public static LiveTopic Outbox { get; } = new(Shows.Outbox);

    public static LiveTopic Bench { get; } = new(Shows.Bench);

    public static LiveTopic Meeting(int meetingId) => new(Shows.Meeting, meetingId);

    public static LiveTopic MeetingActions(int meetingId) => new(Shows.MeetingActions, meetingId);

    public static LiveTopic MeetingNotes(int meetingId) => new(Shows.MeetingNotes, meetingId);

    public static LiveTopic ItemNotes(int meetingId, int agendaItemId) => new(Shows.ItemNotes, meetingId, agendaItemId);

    public static LiveTopic ItemDraft(int meetingId, int agendaItemId) => new(Shows.ItemDraft, meetingId, agendaItemId);

    public static LiveTopic Presence(int meetingId) => new(Shows.Presence, meetingId);

    public static LiveTopic Action(int actionId) => new(Shows.Action, actionId);

    public static LiveTopic Notifications(string userId) => new(Shows.Notifications, userId: userId);

    public override string ToString() =>
        UserId is not null ? $"{What}:{UserId}" : ItemId != 0 ? $"{What}:{Id}:{ItemId}" : Id != 0 ? $"{What}:{Id}" : What.ToString();
}
