using System.Text;
using System.Text.RegularExpressions;
using IntegrationHub.Domain.ClinicInfo;

namespace IntegrationHub.Domain.Tests.ClinicInfo;

/// <summary>Random markup from a fixed seed: whatever goes in, what comes out keeps the CS10 invariants.</summary>
public sealed partial class ClinicInfoSanitizerFuzzTests
{
    private static readonly string[] Fragments =
    [
        "<", ">", "</", "/>", "<!--", "-->", "<!", "<?", "=", "\"", "'", " ", "\n", "&", "&#", "x6A;", ";", "&lt;",
        "&amp;", "&colon;", "a", "Hej", "å", "p", "b", "i", "em", "strong", "h2", "h3", "ul", "ol", "li", "br", "a",
        "href", "title", "onclick", "style", "script", "style", "iframe", "svg", "math", "template", "img", "src",
        "javascript:", "https://1177.se", "mailto:x@y.se", "alert(1)", "div", "span", "textarea", "noscript",
        "<p>", "</p>", "<b>", "</b>", "<i>", "</em>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<h2>", "</h3>", "<br>",
        "<a href=", "<a href=\"https://1177.se\">", "</a>", "<script>", "</script>", "<style>", "<svg>", "</svg>",
        "<p onclick=alert(1)>", "<a href='javascript:alert(1)'>", "<a title=", "<img src=x onerror=alert(1)>",
    ];

    [Fact]
    [Trait("Rule", "CS10")]
    public void Sanitize_RandomMarkup_OutputIsBalancedWhitelistedAndStable()
    {
        var random = new Random(1177);
        var withMarkup = 0;
        for (var run = 0; run < 3000; run++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 60);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var input = builder.ToString();
            var clean = ClinicInfoSanitizer.Sanitize(input);

            AssertWhitelisted(input, clean);
            Assert.Equal(clean, ClinicInfoSanitizer.Sanitize(clean));
            withMarkup += clean.Contains("</", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(withMarkup > 1000, $"only {withMarkup} outputs kept markup");
    }

    private static void AssertWhitelisted(string input, string clean)
    {
        var open = new Stack<string>();
        foreach (Match tag in TagPattern().Matches(clean))
        {
            var name = tag.Groups["name"].Value;
            Assert.True(Allowed.Contains(name), $"<{name}> from {input}");
            if (tag.Groups["close"].Success)
            {
                Assert.Equal(name, open.Pop());
            }
            else if (name != "br")
            {
                open.Push(name);
            }

            var attributes = tag.Groups["attributes"].Value;
            if (name == "a" && !tag.Groups["close"].Success)
            {
                Assert.Matches(LinkPattern(), tag.Value);
            }
            else
            {
                Assert.True(attributes.Length == 0, $"{tag.Value} from {input}");
            }
        }

        Assert.Empty(open);
        Assert.DoesNotContain("<", TagPattern().Replace(clean, string.Empty), StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Allowed = ["h2", "h3", "strong", "b", "em", "i", "ul", "ol", "li", "p", "br", "a"];

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z0-9]+)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^<a href=\"(https?://|mailto:)[^\"<>]*\"( title=\"[^\"<>]*\")? target=\"_blank\" rel=\"noopener noreferrer\">$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
