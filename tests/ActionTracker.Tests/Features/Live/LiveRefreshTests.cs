using ActionTracker.Tests.Support;
using ActionTracker.Web.Features.Live;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionTracker.Tests.Features.Live;

/// <summary>LiveRefresh over the real in-process notifier: what a page hears, and the change that slips in before it listens.</summary>
public sealed class LiveRefreshTests : AppBunitContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static readonly LiveTopic Shown = LiveTopic.Meeting(7);

    private readonly InProcessChangeNotifier _notifier = new(new SharedReads(), NullLogger<InProcessChangeNotifier>.Instance);
    private readonly ListenLate _listenLate;

    public LiveRefreshTests()
    {
        _listenLate = new ListenLate(_notifier);
        Services.AddSingleton<IChangeNotifier>(_listenLate);
    }

    /// <summary>What the page shows, as saved in the database.</summary>
    private string _saved = "before";

    private IRenderedComponent<LivePage> RenderPage() =>
        Render<LivePage>(p => p.Add(c => c.Topic, Shown).Add(c => c.Read, () => _saved));

    [Fact]
    public async Task ChangeToWhatItShows_ReReadsAndShowsIt()
    {
        var cut = RenderPage();

        _saved = "after";
        await _notifier.PublishAsync(new MeetingChanged(7));

        cut.WaitForAssertion(() => Assert.Equal("after", cut.Find("p").TextContent), Wait);
    }

    [Fact]
    public async Task ChangeToAnotherMeeting_NotReRead()
    {
        var cut = RenderPage();

        await _notifier.PublishAsync(new MeetingChanged(8));
        await _notifier.PublishAsync(new PresenceChanged(7));
        _saved = "after";
        await _notifier.PublishAsync(new MeetingChanged(7)); // the one it hears; refreshes run in order, so the others are done

        cut.WaitForAssertion(() => Assert.Equal("after", cut.Find("p").TextContent), Wait);
        Assert.Equal(2, cut.Instance.Reads);
    }

    [Fact]
    public void ChangeSavedAfterThePageReadButBeforeItListened_CaughtUpOnce()
    {
        // A save elsewhere lands after the page's first read, before its LiveRefresh subscribes: nobody hears it.
        _listenLate.BeforeSubscribing = async () =>
        {
            _saved = "after";
            await _notifier.PublishAsync(new MeetingChanged(7));
        };

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("after", cut.Find("p").TextContent), Wait);
        Assert.Equal(2, cut.Instance.Reads);
    }

    [Fact]
    public void ChangeSavedJustAfterThePageReadInTheLayout_CaughtUpFromWhenThePageArrived()
    {
        var arrived = new LiveMark();
        arrived.Navigating(_notifier); // the layout, given the page
        var firstRead = true;
        string ReadThenSomeoneSaves()
        {
            var read = _saved;
            if (firstRead)
            {
                // Saved and published after the page's read, before its LiveRefresh exists (even before it is set up).
                firstRead = false;
                _saved = "after";
                _notifier.PublishAsync(new MeetingChanged(7)).GetAwaiter().GetResult();
            }

            return read;
        }

        var cut = Render<LivePage>(p => p.AddCascadingValue(arrived).Add(c => c.Topic, Shown).Add(c => c.Read, ReadThenSomeoneSaves));

        cut.WaitForAssertion(() => Assert.Equal("after", cut.Find("p").TextContent), Wait);
    }

    [Fact]
    public void OnlyOtherChangesBeforeItListened_NoSecondRead()
    {
        _listenLate.BeforeSubscribing = () => _notifier.PublishAsync(new MeetingChanged(8));

        var cut = RenderPage();

        Assert.Equal(1, cut.Instance.Reads);
    }

    /// <summary>A page reading on initialisation as the app's pages do, kept live by LiveRefresh.</summary>
    public sealed class LivePage : ComponentBase
    {
        private string _value = "";

        [Parameter] public LiveTopic Topic { get; set; }

        [Parameter] public Func<string> Read { get; set; } = () => "";

        public int Reads { get; private set; }

        protected override void OnInitialized() => Load();

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, _value);
            builder.CloseElement();
            builder.OpenComponent<LiveRefresh>(2);
            builder.AddComponentParameter(3, nameof(LiveRefresh.Topics), new[] { Topic });
            builder.AddComponentParameter(4, nameof(LiveRefresh.OnChange), EventCallback.Factory.Create<LiveChange>(this, Load));
            builder.CloseComponent();
        }

        private void Load()
        {
            Reads++;
            _value = Read();
        }
    }

    /// <summary>The notifier with something happening just before each subscription (the race LiveRefresh closes).</summary>
    private sealed class ListenLate(InProcessChangeNotifier inner) : IChangeNotifier
    {
        public Func<Task>? BeforeSubscribing { get; set; }

        public long Sequence => inner.Sequence;

        public IDisposable Subscribe(IReadOnlyCollection<LiveTopic> topics, Func<LiveChange, Task> callback)
        {
            BeforeSubscribing?.Invoke().GetAwaiter().GetResult();
            return inner.Subscribe(topics, callback);
        }

        public Task PublishAsync(LiveChange change) => inner.PublishAsync(change);

        public bool PublishedSince(long mark, IReadOnlyCollection<LiveTopic> topics) => inner.PublishedSince(mark, topics);
    }
}
