namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>
/// A small tokenizer after the HTML Standard's tokenization: tags with quoted, unquoted and valueless attributes in
/// any case, comments (<c>&lt;!-- --&gt;</c>, <c>&lt;!--&gt;</c>), bogus comments (<c>&lt;!DOCTYPE&gt;</c>,
/// <c>&lt;?xml?&gt;</c>, <c>&lt;/ 1&gt;</c>), a <c>&lt;</c> that starts nothing (kept as text), and a tag cut off by the
/// end of input (dropped, as a browser does). The contents of raw-text elements (script, style, iframe, ...) are
/// skipped up to their end tag and never become tokens; without an end tag the rest of the input is skipped.
/// </summary>
internal sealed class HtmlTokenizer(string html)
{
    /// <summary>Elements whose content is not markup: it is skipped whole.</summary>
    public static readonly IReadOnlySet<string> RawTextElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "noembed", "noframes", "noscript", "xmp", "textarea", "title",
    };

    private readonly string _html = html;
    private int _pos;

    public IEnumerable<HtmlToken> Tokenize()
    {
        var textStart = 0;
        while (_pos < _html.Length)
        {
            var lt = _html.IndexOf('<', _pos);
            if (lt < 0 || lt + 1 >= _html.Length)
            {
                break;
            }

            var next = _html[lt + 1];
            if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?'))
            {
                _pos = lt + 1;
                continue;
            }

            if (next == '/' && lt + 2 >= _html.Length)
            {
                break;
            }

            if (lt > textStart)
            {
                yield return new HtmlToken(HtmlTokenKind.Text, _html[textStart..lt]);
            }

            var token = next switch
            {
                _ when char.IsAsciiLetter(next) => ReadTag(lt + 1, HtmlTokenKind.StartTag),
                '/' when char.IsAsciiLetter(_html[lt + 2]) => ReadTag(lt + 2, HtmlTokenKind.EndTag),
                '/' when _html[lt + 2] == '>' => Skip(lt + 3),
                '!' when string.CompareOrdinal(_html, lt, "<!--", 0, 4) == 0 => ReadComment(lt + 4),
                _ => SkipBogusComment(lt + 2),
            };
            textStart = _pos;

            if (token is null)
            {
                continue;
            }

            yield return token;
            if (token.Kind == HtmlTokenKind.StartTag)
            {
                if (token.Value == "plaintext")
                {
                    _pos = textStart = _html.Length;
                }
                else if (RawTextElements.Contains(token.Value))
                {
                    SkipRawText(token.Value);
                    textStart = _pos;
                }
            }
        }

        if (textStart < _html.Length)
        {
            yield return new HtmlToken(HtmlTokenKind.Text, _html[textStart..]);
        }
    }

    private HtmlToken? Skip(int to)
    {
        _pos = to;
        return null;
    }

    /// <summary>Reads a tag whose name starts at <paramref name="start"/>; null (input consumed) when cut off.</summary>
    private HtmlToken? ReadTag(int start, HtmlTokenKind kind)
    {
        var p = start;
        while (p < _html.Length && !IsWhitespace(_html[p]) && _html[p] is not ('/' or '>'))
        {
            p++;
        }

        var name = _html[start..p].ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        var attributeNames = new HashSet<string>(StringComparer.Ordinal);
        var selfClosing = false;
        while (true)
        {
            while (p < _html.Length && IsWhitespace(_html[p]))
            {
                p++;
            }

            if (p >= _html.Length)
            {
                return Skip(_html.Length);
            }

            var c = _html[p];
            if (c == '>')
            {
                p++;
                break;
            }

            if (c == '/')
            {
                p++;
                if (p < _html.Length && _html[p] == '>')
                {
                    selfClosing = true;
                    p++;
                    break;
                }

                continue;
            }

            // Attribute name: the first character is taken whatever it is (even '='), then up to a delimiter.
            var nameStart = p++;
            while (p < _html.Length && !IsWhitespace(_html[p]) && _html[p] is not ('/' or '>' or '='))
            {
                p++;
            }

            var attributeName = _html[nameStart..p].ToLowerInvariant();
            while (p < _html.Length && IsWhitespace(_html[p]))
            {
                p++;
            }

            var value = string.Empty;
            if (p < _html.Length && _html[p] == '=')
            {
                p++;
                while (p < _html.Length && IsWhitespace(_html[p]))
                {
                    p++;
                }

                if (p >= _html.Length)
                {
                    return Skip(_html.Length);
                }

                if (_html[p] is '"' or '\'')
                {
                    var close = _html.IndexOf(_html[p], p + 1);
                    if (close < 0)
                    {
                        return Skip(_html.Length);
                    }

                    value = _html[(p + 1)..close];
                    p = close + 1;
                }
                else
                {
                    var valueStart = p;
                    while (p < _html.Length && !IsWhitespace(_html[p]) && _html[p] != '>')
                    {
                        p++;
                    }

                    value = _html[valueStart..p];
                }
            }

            if (attributeNames.Add(attributeName))
            {
                attributes.Add(new KeyValuePair<string, string>(attributeName, value));
            }
        }

        _pos = p;
        return new HtmlToken(kind, name) { Attributes = attributes, SelfClosing = selfClosing };
    }

    private HtmlToken? ReadComment(int start)
    {
        if (start < _html.Length && _html[start] == '>')
        {
            return Skip(start + 1);
        }

        if (start + 1 < _html.Length && _html[start] == '-' && _html[start + 1] == '>')
        {
            return Skip(start + 2);
        }

        // Ends at the first "-->" or "--!>"; one pass, so that many comments cost no more than their length.
        var p = start;
        while (true)
        {
            var dashes = _html.IndexOf("--", p, StringComparison.Ordinal);
            if (dashes < 0)
            {
                return Skip(_html.Length);
            }

            var after = dashes + 2;
            if (after < _html.Length && _html[after] == '>')
            {
                return Skip(after + 1);
            }

            if (after + 1 < _html.Length && _html[after] == '!' && _html[after + 1] == '>')
            {
                return Skip(after + 2);
            }

            p = dashes + 1;
        }
    }

    private HtmlToken? SkipBogusComment(int start)
    {
        var end = _html.IndexOf('>', start);
        return Skip(end < 0 ? _html.Length : end + 1);
    }

    /// <summary>Moves past the content of a raw-text element to its end tag, which is left to be read as a token.</summary>
    private void SkipRawText(string name)
    {
        var p = _pos;
        while (true)
        {
            var close = _html.IndexOf("</", p, StringComparison.Ordinal);
            if (close < 0)
            {
                _pos = _html.Length;
                return;
            }

            var after = close + 2 + name.Length;
            if (after <= _html.Length
                && string.Compare(_html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == _html.Length || IsWhitespace(_html[after]) || _html[after] is '/' or '>'))
            {
                _pos = close;
                return;
            }

            p = close + 2;
        }
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
