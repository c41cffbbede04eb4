using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>
/// One person at the keyboard: a browser context of their own (cookies, storage) and a page. Every HTML answer the
/// browser gets (a page, or a form re-rendered after an upload) has its headers checked (<c>no-store</c>, a
/// Content-Security-Policy without <c>unsafe-inline</c> script), and <see cref="ScanAsync"/> runs axe-core on the page as it
/// stands; <see cref="AssertCleanAsync"/> fails on any serious or critical violation or bad header met on the way.
/// </summary>
public sealed partial class Visitor : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<IResponse> pages = [];
    private readonly List<string> problems = [];

    private Visitor(IBrowserContext context, IPage page, Uri hub)
    {
        this.context = context;
        Page = page;
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "document" or "xhr" && response.Url.StartsWith(hub.AbsoluteUri, StringComparison.Ordinal))
            {
                lock (pages)
                {
                    pages.Add(response);
                }
            }
        };
    }

    public IPage Page { get; }

    /// <summary>WCAG 2.1 A and AA and axe's best practices; only violations come back (the rest is a large answer to carry).</summary>
    private static AxeRunOptions ScanOptions { get; } = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The pages scanned, for the report of a failure.</summary>
    public List<string> Scanned { get; } = [];

    public static async Task<Visitor> OpenAsync(BrowserFixture browser, WebHubFixture hub)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = hub.BaseAddress.AbsoluteUri,
            Locale = "sv-SE",
            TimezoneId = "Europe/Stockholm",
            ViewportSize = new ViewportSize { Width = 1024, Height = 900 },
        });
        return new Visitor(context, await context.NewPageAsync(), hub.BaseAddress);
    }

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await ScanAsync();
    }

    /// <summary>
    /// axe-core on the page as it stands: serious and critical violations are recorded. Each kind of page (its path with
    /// ids left out, with or without an error shown) is scanned once per run: a scan costs seconds on two cores.
    /// </summary>
    public async Task ScanAsync()
    {
        var path = new Uri(Page.Url).AbsolutePath;
        var kind = Ids().Replace(path, "*") + (await Page.Locator("[role=alert], .error:not([hidden])").CountAsync() > 0 ? " (with an error)" : string.Empty);
        lock (ScannedKinds)
        {
            if (!ScannedKinds.Add(kind))
            {
                return;
            }
        }

        var result = await Page.RunAxe(ScanOptions);
        Scanned.Add(kind);
        foreach (var violation in result.Violations ?? [])
        {
            if (violation.Impact is "serious" or "critical")
            {
                var nodes = string.Join(" | ", (violation.Nodes ?? []).Take(3).Select(n => n.Html));
                problems.Add($"axe {violation.Impact} '{violation.Id}' on {Page.Url}: {violation.Help} ({nodes})");
            }
        }
    }

    /// <summary>SEC2: the browser holds the session cookie and nothing else, no local or session storage.</summary>
    public async Task AssertNothingStoredButTheSessionCookieAsync()
    {
        var cookies = await context.CookiesAsync();
        Assert.All(cookies, c => Assert.Equal("hub_session", c.Name));
        Assert.All(cookies, c => Assert.True(c.Expires < 0, "the session cookie has no expiry"));
        var stored = await Page.EvaluateAsync<int>("() => window.localStorage.length + window.sessionStorage.length");
        Assert.Equal(0, stored);
    }

    public async Task AssertCleanAsync()
    {
        List<IResponse> answers;
        lock (pages)
        {
            answers = [.. pages];
        }

        foreach (var answer in answers)
        {
            var headers = await answer.AllHeadersAsync();
            if (!headers.TryGetValue("content-type", out var type) || !type.StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            var where = $"{answer.Request.Method} {new Uri(answer.Url).PathAndQuery} ({answer.Status})";
            if (!headers.TryGetValue("cache-control", out var cache) || !cache.Contains("no-store", StringComparison.Ordinal))
            {
                problems.Add($"{where}: no Cache-Control: no-store");
            }

            if (!headers.TryGetValue("content-security-policy", out var csp) || !ScriptSource().IsMatch(csp) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
            {
                problems.Add($"{where}: Content-Security-Policy missing or allowing inline script: {csp}");
            }
        }

        Assert.True(answers.Count > 0, "no page was answered");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private static HashSet<string> ScannedKinds { get; } = new(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<=/)([0-9a-f]{32}|SE[0-9A-Za-z-]+|[0-9]{12})(?=/|$)")]
    private static partial Regex Ids();

    [GeneratedRegex(@"script-src 'self'(;|$)")]
    private static partial Regex ScriptSource();
}
