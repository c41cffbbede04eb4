namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>
/// Cleans a clinic's information text (CS10). Only headings (h2, h3), bold (strong, b), italic (em, i), lists (ul, ol,
/// li), paragraphs, line breaks and links survive. A link keeps an http, https or mailto <c>href</c> and its
/// <c>title</c> (the editor in the source lets staff give one) and always opens in a new window
/// (<c>target="_blank" rel="noopener noreferrer"</c>); a link to anything else is unwrapped to its text. Every other
/// attribute is dropped. script, style, iframe, svg, math, template, object and the like go with their content;
/// every other element is unwrapped and its text kept. Text is decoded and encoded again, comments dropped, and the
/// output is always balanced markup. Input the rules do not cover is never passed through: whatever is written is
/// built from the list above.
/// </summary>
public static class ClinicInfoSanitizer
{
    /// <summary>The longest link title kept.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>How deeply elements may nest; tags deeper than this are unwrapped (keeps the work linear).</summary>
    public const int MaxDepth = 32;

    /// <summary>Elements removed together with everything inside them.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "svg", "math", "template", "object", "applet", "embed", "head", "select", "frameset", "frame", "canvas",
        "audio", "video", "picture", "map", "datalist", "button",
    };

    /// <summary>
    /// The cleaned markup; the empty string when nothing readable is left (so that the "Other information" heading
    /// is not shown).
    /// </summary>
    public static string Sanitize(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var writer = new SanitizedHtmlWriter();
        string? dropping = null;
        var dropDepth = 0;
        foreach (var token in new HtmlTokenizer(html).Tokenize())
        {
            if (dropping is not null)
            {
                if (token.Value == dropping && token.Kind == HtmlTokenKind.StartTag && !token.SelfClosing)
                {
                    dropDepth++;
                }
                else if (token.Value == dropping && token.Kind == HtmlTokenKind.EndTag && --dropDepth == 0)
                {
                    dropping = null;
                }

                continue;
            }

            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    writer.Text(HtmlEntities.Decode(token.Value));
                    break;
                case HtmlTokenKind.StartTag when DroppedWithContent.Contains(token.Value):
                    if (!token.SelfClosing)
                    {
                        dropping = token.Value;
                        dropDepth = 1;
                    }

                    break;
                case HtmlTokenKind.StartTag:
                    writer.Start(token);
                    break;
                case HtmlTokenKind.EndTag:
                    writer.End(token.Value);
                    break;
            }
        }

        return writer.Finish();
    }

    /// <summary>
    /// Whether a clinic's info text has anything to read once cleaned: text other than whitespace. When false the
    /// portal leaves out the "Other information" heading.
    /// </summary>
    public static bool HasContent(string? html) => Sanitize(html).Length > 0;
}
