using System.Text;

namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>
/// Writes the sanitised markup of <see cref="ClinicInfoSanitizer"/>: only the allowed elements, always balanced,
/// text and attribute values encoded, links with a safe href opening in a new window.
/// </summary>
internal sealed class SanitizedHtmlWriter
{
    private static readonly string[] Headings = ["h2", "h3"];

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal) { "strong", "b", "em", "i" };

    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal) { "ul", "ol" };

    private readonly StringBuilder _output = new();
    private readonly List<string> _open = [];
    private bool _hasText;

    public void Text(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value is '\t' or '\n' or '\r' || !(Rune.IsControl(rune) || value is 0xFEFF or 0xFFFE or 0xFFFF))
            {
                _hasText |= !Rune.IsWhiteSpace(rune);
                AppendEncoded(rune);
            }
        }
    }

    public void Start(HtmlToken token)
    {
        var name = token.Value;
        switch (name)
        {
            case "br":
                _output.Append("<br>");
                break;
            case "p":
                Close("p");
                Open(name);
                break;
            case "h2" or "h3":
                Close("p");
                foreach (var heading in Headings)
                {
                    Close(heading);
                }

                Open(name);
                break;
            case "ul" or "ol":
                Close("p");
                Open(name);
                break;
            case "li":
                OpenListItem();
                break;
            case "a":
                OpenLink(token);
                break;
            default:
                if (Inline.Contains(name))
                {
                    Open(name);
                }

                break;
        }
    }

    public void End(string name)
    {
        if (name == "br")
        {
            _output.Append("<br>");
            return;
        }

        Close(name);
    }

    public string Finish()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            _output.Append("</").Append(_open[i]).Append('>');
        }

        _open.Clear();
        return _hasText ? _output.ToString() : string.Empty;
    }

    private void Open(string name)
    {
        if (_open.Count >= ClinicInfoSanitizer.MaxDepth)
        {
            return;
        }

        _open.Add(name);
        _output.Append('<').Append(name).Append('>');
    }

    /// <summary>Closes the innermost open <paramref name="name"/> and everything opened inside it; nothing if not open.</summary>
    private void Close(string name)
    {
        var index = _open.LastIndexOf(name);
        if (index < 0)
        {
            return;
        }

        for (var i = _open.Count - 1; i >= index; i--)
        {
            _output.Append("</").Append(_open[i]).Append('>');
        }

        _open.RemoveRange(index, _open.Count - index);
    }

    private void OpenListItem()
    {
        // A new item ends the previous one in the same list; outside a list the tag is unwrapped.
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (Lists.Contains(_open[i]))
            {
                break;
            }

            if (_open[i] == "li")
            {
                Close("li");
                break;
            }
        }

        if (_open.Exists(Lists.Contains))
        {
            Open("li");
        }
    }

    private void OpenLink(HtmlToken token)
    {
        Close("a");
        var href = token.Attribute("href") is { } raw ? SafeLink.Clean(raw) : null;
        if (href is null || _open.Count >= ClinicInfoSanitizer.MaxDepth)
        {
            return;
        }

        _open.Add("a");
        _output.Append("<a href=\"");
        AppendEncoded(href);
        _output.Append('"');
        if (token.Attribute("title") is { } rawTitle && CleanTitle(rawTitle) is { } title)
        {
            _output.Append(" title=\"");
            AppendEncoded(title);
            _output.Append('"');
        }

        _output.Append(" target=\"_blank\" rel=\"noopener noreferrer\">");
    }

    private static string? CleanTitle(string raw)
    {
        var builder = new StringBuilder();
        foreach (var rune in HtmlEntities.Decode(raw).EnumerateRunes())
        {
            builder.Append(Rune.IsControl(rune) ? " " : rune.ToString());
        }

        var title = builder.ToString().Trim();
        if (title.Length == 0)
        {
            return null;
        }

        var runes = title.EnumerateRunes().Take(ClinicInfoSanitizer.MaxTitleLength);
        return string.Concat(runes.Select(r => r.ToString()));
    }

    private void AppendEncoded(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            AppendEncoded(rune);
        }
    }

    private void AppendEncoded(Rune rune)
    {
        switch (rune.Value)
        {
            case '&':
                _output.Append("&amp;");
                break;
            case '<':
                _output.Append("&lt;");
                break;
            case '>':
                _output.Append("&gt;");
                break;
            case '"':
                _output.Append("&quot;");
                break;
            case '\'':
                _output.Append("&#39;");
                break;
            default:
                _output.Append(rune.ToString());
                break;
        }
    }
}
