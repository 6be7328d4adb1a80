// Run-meeting view: Alt+ArrowDown / Alt+ArrowUp move to the next / previous agenda item from anywhere on the page, even
// from inside a field. Listening on the document (not on an element) is what makes "anywhere" true. The move follows the
// agenda's own link, so the address (?item=) and history stay as a click would leave them.
document.addEventListener('keydown', event => {
    if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const links = [...document.querySelectorAll('nav.run-agenda a[data-item-id]')];
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.findIndex(link => link.getAttribute('aria-current') === 'true');
    links[current + (event.key === 'ArrowDown' ? 1 : -1)]?.click();
});

// Called by the page once the new item is shown, so keyboard and screen-reader users land on its heading.
window.runMeeting = {
    focusItemHeading: () => document.getElementById('current-item-heading')?.focus(),
};
