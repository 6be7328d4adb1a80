using System.Globalization;
using System.Net.Http.Headers;

namespace ActionTracker.LiveBench;

/// <summary>
/// The minute-taker: signed in with the same cookie as its own open page, it makes each edit through the app's bench
/// endpoints, which call the real services, and its timing starts when that call returns.
/// </summary>
public sealed class Writer(HttpClient http) : IDisposable
{
    public static Writer SignedIn(string baseUrl, string cookieHeader)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));
        return new Writer(http);
    }

    public Task BroadcastAsync(string token) => PostAsync($"/bench/broadcast/value?value={token}");

    public Task WriteNotesAsync(int meetingId, int itemId, string token) =>
        PostAsync($"/bench/meetings/{meetingId}/items/{itemId}/notes?token={token}");

    public Task RaiseActionAsync(int meetingId, int itemId, string token) =>
        PostAsync($"/bench/meetings/{meetingId}/items/{itemId}/actions?token={token}");

    public Task RewordLatestActionAsync(int meetingId, int itemId, string token) =>
        PostAsync($"/bench/meetings/{meetingId}/items/{itemId}/actions/latest?token={token}");

    /// <summary>Adds an agenda item holding the question and notes of <paramref name="itemId"/>; returns its id.</summary>
    public async Task<int> CopyItemAsync(int meetingId, int itemId)
    {
        using var response = await http.PostAsync(new Uri($"/bench/meetings/{meetingId}/items/{itemId}/copy", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return int.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The server's managed heap, in bytes, after a forced full compacting collection.</summary>
    public async Task<long> HeapAfterFullGcAsync()
    {
        using var response = await http.PostAsync(new Uri("/bench/heap", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return long.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>How many methods the server's JIT has compiled so far, and the time it spent on them (ms).</summary>
    public async Task<JitCount> JitAsync()
    {
        using var response = await http.PostAsync(new Uri("/bench/jit", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var parts = (await response.Content.ReadAsStringAsync()).Split(' ');
        return new JitCount(long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private async Task PostAsync(string path)
    {
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => http.Dispose();
}

/// <summary>Methods compiled by the server's JIT and the time it spent (ms), so far or over a stretch of the run.</summary>
public sealed record JitCount(long Methods, double Ms)
{
    public static JitCount operator -(JitCount a, JitCount b) => new(a.Methods - b.Methods, a.Ms - b.Ms);
}
