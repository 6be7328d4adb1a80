// Follows the stock .NET 10 Blazor script's reconnect states on #components-reconnect-modal (ReconnectModal.razor):
// shows "Connection restored" for a few seconds after a drop, retries when the tab becomes visible again, and reloads
// the page once the server answers but has lost the circuit (a restart) - the notes kept in the browser come back.
(function () {
    const modal = document.getElementById('components-reconnect-modal');
    if (!modal) return;
    let wasDown = false;
    let restoredTimer;

    function show(state) {
        modal.classList.remove('connection-was-restored');
        modal.dataset.state = state;
    }

    async function retry() {
        document.removeEventListener('visibilitychange', retryWhenVisible);
        try {
            if (!(await Blazor.reconnect()) && !(await Blazor.resumeCircuit())) {
                location.reload();
            }
        } catch {
            document.addEventListener('visibilitychange', retryWhenVisible);
        }
    }

    async function retryWhenVisible() {
        if (document.visibilityState === 'visible') await retry();
    }

    modal.addEventListener('components-reconnect-state-changed', event => {
        const state = event.detail.state;
        if (state === 'hide') {
            modal.dataset.state = '';
            if (wasDown) {
                wasDown = false;
                modal.classList.add('connection-was-restored');
                clearTimeout(restoredTimer);
                restoredTimer = setTimeout(() => modal.classList.remove('connection-was-restored'), 4000);
            }
            return;
        }
        wasDown = true;
        show(state);
        if (state === 'failed') {
            document.addEventListener('visibilitychange', retryWhenVisible);
        } else if (state === 'rejected') {
            location.reload();
        }
    });
    modal.querySelector('.connection-retry')?.addEventListener('click', retry);
})();
