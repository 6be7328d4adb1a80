using ActionTracker.Web.Data;
using ActionTracker.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.E2ETests;

/// <summary>
/// Every page each role may open, on a phone (390×844) and a tablet (768×1024): nothing wider than the screen, so no
/// sideways scrolling, and every control in the page big enough to touch (WCAG 2.2 target size, 24×24 px).
/// One browser context per role, reused for every page and both sizes, to keep the suite fast.
/// </summary>
[Collection(AppServerCollectionDefinition.Name)]
public sealed class PhoneLayoutTests(AppServer app)
{
    private static readonly (int Width, int Height)[] Viewports = [(390, 844), (768, 1024)];

    private static readonly string[] EveryoneSignedIn = ["/", "/meetings", "/meetings/2", "/meetings/13", "/meetings/2/run", "/actions", "/actions/1", "/my-actions", "/notifications", "/notifications/settings", "/account/password"];
    private static readonly string[] EditorsOnly = ["/meetings/new", "/meetings/import", "/meetings/12/edit", "/settings"];

    public static TheoryData<string?> Accounts() => new()
    {
        null,
        DemoAccounts.Administrator,
        DemoAccounts.Secretariat,
        DemoAccounts.Chair,
        DemoAccounts.ChiefOfficer,
        DemoAccounts.Viewer,
    };

    private static string[] PagesFor(string? account) => account switch
    {
        null => ["/account/sign-in", "/public", "/public/meetings/9", "/public/actions"],
        DemoAccounts.Administrator => [.. EveryoneSignedIn, "/admin/users"],
        DemoAccounts.Secretariat or DemoAccounts.Chair => [.. EveryoneSignedIn, .. EditorsOnly],
        _ => EveryoneSignedIn,
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task EveryPage_OnPhoneAndTablet_FitsTheScreenWidth_AndHasTouchSizedTargets(string? account)
    {
        if (account is null)
        {
            await PasteALinkIntoAPublishedActionAsync();
        }

        var page = await app.NewPageAsync(account);
        var problems = new List<string>();
        try
        {
            foreach (var path in PagesFor(account))
            {
                await page.SetViewportSizeAsync(Viewports[0].Width, Viewports[0].Height);
                await page.GotoAsync(path);
                // The account and public pages are static (no circuit): they never turn interactive.
                var isStatic = path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/public", StringComparison.Ordinal);
                await page.Locator(isStatic ? "main" : "main[data-interactive='true']").WaitForAsync();
                await page.Locator("main h1").First.WaitForAsync();
                foreach (var (width, height) in Viewports)
                {
                    await page.SetViewportSizeAsync(width, height);
                    problems.AddRange(await CheckAsync(page, $"{path} at {width}×{height} as {account ?? "signed out"}"));
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// People paste links into actions: one "word" wider than a phone. The public log and minutes must break it, not
    /// scroll sideways (a CI run once failed on a test's long unique suffix in a published action).
    /// </summary>
    private async Task PasteALinkIntoAPublishedActionAsync()
    {
        const string link = " (https://www.example.police.uk/documents/SVD_strategic_needs_assessment_2026_final.pdf)";
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.ActionItems
            .Where(a => a.MeetingId == 9 && a.Description.Contains("Serious Violence Duty") && !a.Description.Contains(link))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Description, a => a.Description + link));
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string where)
    {
        // MudBlazor re-renders on a resize (breakpoints, the drawer) over the circuit: give the layout a moment to settle.
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 2_000 });
        }
        catch (TimeoutException)
        {
            // Reported below with the elements to blame.
        }

        var result = await page.EvaluateAsync<string[]>(CheckScript);
        return result.Select(problem => $"{where}: {problem}");
    }

    // Overflow: the innermost elements that reach past the right edge and are not clipped by a scrolling
    // or hidden-overflow ancestor. Targets: visible links, buttons and form controls in main under 24×24 px, unless an inline
    // link within a sentence, or spaced so that a 24 px circle on its centre touches no other target (both WCAG 2.5.8 exceptions).
    private const string CheckScript = """
        () => {
            const problems = [];
            const vw = window.innerWidth;
            const doc = document.documentElement;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                [...e.classList].slice(0, 3).map(c => '.' + c).join('') +
                (e.textContent ? ' "' + e.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) + '"' : '');
            const visible = e => {
                const r = e.getBoundingClientRect();
                // checkVisibility: the inside of a closed <details> keeps its boxes but is not shown.
                return e.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0 &&
                    !e.closest('.visually-hidden, [aria-hidden="true"]');
            };
            const clipped = e => {
                for (let a = e.parentElement; a && a !== doc && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o !== 'visible') return true;
                }
                return false;
            };
            const overflow = what => {
                if (doc.scrollWidth <= vw) return;
                const over = [...document.body.querySelectorAll('*')].filter(e => {
                    const r = e.getBoundingClientRect();
                    return r.right > vw + 0.5 && r.width > 0 && getComputedStyle(e).position !== 'fixed' && !clipped(e);
                });
                const innermost = over.filter(e => !over.some(o => o !== e && e.contains(o)));
                problems.push(`page is ${doc.scrollWidth}px wide ${what} in a ${vw}px viewport; too wide: ` +
                    innermost.slice(0, 8).map(e => { const r = e.getBoundingClientRect(); return `${describe(e)} [${Math.round(r.left)}..${Math.round(r.right)}px]`; }).join('; '));
            };
            overflow('');
            // main lets a long word break anywhere rather than overflow; a table squeezed into a phone then breaks every
            // word letter by letter ("Da/te"), which fits but cannot be read. Whole words in tables must fit too — except
            // in free text people typed (.free-text), where a pasted link is one long "word" that has to break.
            if (problems.length === 0) {
                // A constructed style sheet: the content security policy refuses a <style> element.
                const sheet = new CSSStyleSheet();
                sheet.replaceSync('main table, main table *:not(.free-text, .free-text *) { overflow-wrap: normal !important; word-break: normal !important; }');
                document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
                overflow('when words are not broken mid-word');
                document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);
            }

            const main = document.querySelector('main');
            if (!main) return problems;
            const targets = [...main.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link]')]
                .filter(visible);
            const rects = targets.map(e => e.getBoundingClientRect());
            const inlineInText = e => {
                if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
                const block = e.parentElement;
                const own = [...block.childNodes].filter(n => n !== e).map(n => n.textContent).join('').trim();
                return own.length > 0;
            };
            const small = r => r.width < 23.5 || r.height < 23.5;
            const offenders = [];
            targets.forEach((e, i) => {
                const r = rects[i];
                if (!small(r) || inlineInText(e)) return;
                const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
                const spaced = rects.every((o, j) => {
                    if (j === i || targets[j].contains(e) || e.contains(targets[j])) return true;
                    if (small(o)) {
                        const ox = o.left + o.width / 2, oy = o.top + o.height / 2;
                        if (Math.hypot(cx - ox, cy - oy) < 24) return false;
                    }
                    const nx = Math.max(o.left, Math.min(cx, o.right)), ny = Math.max(o.top, Math.min(cy, o.bottom));
                    return Math.hypot(cx - nx, cy - ny) >= 12;
                });
                if (!spaced) offenders.push(`${describe(e)} ${Math.round(r.width)}×${Math.round(r.height)}`);
            });
            if (offenders.length > 0) {
                problems.push(`${offenders.length} targets under 24×24 px: ` + offenders.slice(0, 10).join('; '));
            }
            return problems;
        }
        """;
}
