using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ActionTracker.Web.Features.Meetings.Run.Notes;

/// <summary>Unsaved notes kept in the browser, and the item version they were typed against.</summary>
public sealed record DraftNotes(string Text, Guid BaseVersion);

/// <summary>
/// One editor's draft in the browser's localStorage (js/notes-draft.js), keyed by meeting, item and user so that
/// a draft never reaches another person or another item. The browser writes it on every keystroke; the server only
/// says when text was saved, shown or discarded.
/// </summary>
public sealed class NotesDraft(IJSRuntime js, string modulePath, string key) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    /// <summary>Starts keeping the textarea's draft; returns the draft an earlier page left unsaved, if any.</summary>
    public async Task<DraftNotes?> AttachAsync(ElementReference textarea, Guid baseVersion)
    {
        _module = await js.InvokeAsync<IJSObjectReference>("import", modulePath);
        return await _module.InvokeAsync<DraftNotes?>("attach", textarea, key, baseVersion);
    }

    public Task ShowAsync(string text) => CallAsync("show", text);

    /// <summary>Someone else's saved text into the editor, unless the typist changed it since <paramref name="expected"/>.</summary>
    public async Task<bool> ReplaceAsync(string expected, string text)
    {
        try
        {
            return _module is not null && await _module.InvokeAsync<bool>("replace", key, expected, text);
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
    }

    public Task StoreAsync(string text, Guid baseVersion) => CallAsync("store", text, baseVersion);

    public Task SavedAsync(string text, Guid version) => CallAsync("saved", text, version);

    public Task DiscardAsync(Guid baseVersion) => CallAsync("discard", baseVersion);

    private async Task CallAsync(string function, params object?[] args)
    {
        try
        {
            if (_module is not null)
            {
                await _module.InvokeVoidAsync(function, [key, .. args]);
            }
        }
        catch (JSDisconnectedException)
        {
            // The draft stays in the browser as it was: restoring it later finds the saved text and saves nothing twice.
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A save still on its way when the editor goes (the typist moved to another item) then finds no module and stops.
        var module = _module;
        _module = null;
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync("detach", key);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone: so are its listeners.
        }
    }
}
