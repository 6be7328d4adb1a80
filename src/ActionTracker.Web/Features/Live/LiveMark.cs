namespace ActionTracker.Web.Features.Live;

/// <summary>
/// The notifier's <see cref="IChangeNotifier.Sequence"/> when the layout was last given a page to show (a navigation),
/// cascaded to every <c>LiveRefresh</c> in it: whatever a page reads, it reads after this mark, so a change published
/// between that read and the page's subscription is seen (LiveRefresh re-reads once). Marks taken later — when a
/// LiveRefresh is set up — would miss a change saved between the page's read and that moment.
/// </summary>
public sealed class LiveMark
{
    public long At { get; private set; }

    /// <summary>Called by the layout as it is given a new page, before the page is created.</summary>
    public void Navigating(IChangeNotifier notifier) => At = notifier.Sequence;
}
