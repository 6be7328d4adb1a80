// Keeps each notes editor's unsaved text in this browser (localStorage) until the server has it, so nothing typed is lost
// when the connection drops or the server restarts. The draft is written here, in the browser, on every keystroke: typing
// while disconnected never reaches the server, but it reaches the draft. Loaded as an ES module (no inline script: CSP).
const prefix = 'actiontracker:notes-draft:';
const editors = new Map(); // key -> { textarea, baseVersion, onInput }

function read(key) {
    try {
        const draft = JSON.parse(localStorage.getItem(prefix + key));
        return draft && typeof draft.text === 'string' && typeof draft.baseVersion === 'string' ? draft : null;
    } catch {
        return null;
    }
}

function write(key, text, baseVersion) {
    localStorage.setItem(prefix + key, JSON.stringify({ text, baseVersion }));
}

/** Starts keeping the draft of this textarea; returns the draft left by an earlier page (or null). */
export function attach(textarea, key, baseVersion) {
    detach(key);
    const editor = { textarea, baseVersion, onInput: () => write(key, textarea.value, editor.baseVersion) };
    textarea.addEventListener('input', editor.onInput);
    editors.set(key, editor);
    return read(key);
}

export function detach(key) {
    const editor = editors.get(key);
    editor?.textarea.removeEventListener('input', editor.onInput);
    editors.delete(key);
}

/** Puts text into the editor that the typist chose but did not type (theirs, a merge, a restored draft). */
export function show(key, text) {
    const editor = editors.get(key);
    if (editor) editor.textarea.value = text;
}

/**
 * Puts someone else's saved text into the editor, but only if it still holds what the server last knew (expected):
 * a keystroke already on its way to the server wins, and its save then meets the conflict. Returns whether it did.
 */
export function replace(key, expected, text) {
    const editor = editors.get(key);
    if (!editor || editor.textarea.value !== expected) return false;
    editor.textarea.value = text;
    return true;
}

/** Keeps text the server put into the editor as the draft, typed against baseVersion. */
export function store(key, text, baseVersion) {
    const editor = editors.get(key);
    if (editor) editor.baseVersion = baseVersion;
    write(key, text, baseVersion);
}

/** The server saved text as version: drop the draft if that is all of it, else base what was typed since on the new version. */
export function saved(key, text, version) {
    const editor = editors.get(key);
    if (editor) editor.baseVersion = version;
    const draft = read(key);
    if (draft?.text === text) localStorage.removeItem(prefix + key);
    else if (draft) write(key, draft.text, version);
}

/** The typist chose text other than their draft (someone else's): the draft must not come back. */
export function discard(key, baseVersion) {
    const editor = editors.get(key);
    if (editor) editor.baseVersion = baseVersion;
    localStorage.removeItem(prefix + key);
}

// After the same circuit reconnects, tell Blazor what is in each editor now: keystrokes made while disconnected
// never reached the server. The Blazor script marks the connection state on this element (see ConnectionStatus.razor).
const modal = document.getElementById('components-reconnect-modal');
let wasDown = false;
if (modal) {
    new MutationObserver(() => {
        if (modal.classList.contains('components-reconnect-show') || modal.classList.contains('components-reconnect-failed')) {
            wasDown = true;
        } else if (wasDown && modal.classList.contains('components-reconnect-hide')) {
            wasDown = false;
            editors.forEach(editor => editor.textarea.dispatchEvent(new Event('input', { bubbles: true })));
        }
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });
}
