// Shows "Connection restored" for a few seconds after the Blazor script hides its reconnect state,
// and wires the retry/reload buttons (no inline handlers, so the Content-Security-Policy can forbid them).
(function () {
    const modal = document.getElementById('components-reconnect-modal');
    if (!modal) return;
    let wasDown = false;
    let restoredTimer;
    new MutationObserver(() => {
        const down = modal.classList.contains('components-reconnect-show')
            || modal.classList.contains('components-reconnect-failed')
            || modal.classList.contains('components-reconnect-rejected');
        if (down) {
            wasDown = true;
            clearTimeout(restoredTimer);
            // Touch the class list only when it must change: even a no-op remove() is a mutation, and would loop.
            if (modal.classList.contains('connection-was-restored')) {
                modal.classList.remove('connection-was-restored');
            }
        } else if (wasDown && modal.classList.contains('components-reconnect-hide')) {
            wasDown = false;
            modal.classList.add('connection-was-restored');
            restoredTimer = setTimeout(() => modal.classList.remove('connection-was-restored'), 4000);
        }
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });
    modal.querySelector('.connection-retry')?.addEventListener('click', () => window.Blazor?.reconnect());
    modal.querySelector('.connection-reload')?.addEventListener('click', () => location.reload());
})();
