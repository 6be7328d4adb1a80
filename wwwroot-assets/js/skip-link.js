// "Skip to main content" must move focus, not navigate: with <base href="/"> Blazor's router would otherwise treat
// "#main" as a link to the home page. Delegated in the capture phase, because Blazor re-renders the link itself.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a.skip-link') : null;
    if (!link) return;
    event.preventDefault();
    document.getElementById('main')?.focus();
}, true);
