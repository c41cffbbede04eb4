using IntegrationHub.Domain.ClinicInfo;

namespace IntegrationHub.Domain.Tests.ClinicInfo;

public sealed class ClinicInfoSanitizerTests
{
    private const string LinkTail = " target=\"_blank\" rel=\"noopener noreferrer\"";

    [Fact]
    [Trait("Rule", "CS10")]
    public void Sanitize_HeadingsListsBoldItalicAndLinks_Survive()
    {
        const string html =
            "<h2>Öppettider</h2><h3>Vardagar</h3><p>Vi har <strong>öppet</strong> <em>mån–fre</em>, <b>8</b>–<i>17</i>.<br>Välkommen!</p>" +
            "<ul><li>Provtagning</li><li>Vaccination</li></ul><ol><li>Ring</li><li>Kom</li></ol>" +
            "<p><a href=\"https://www.1177.se/\">1177</a> eller <a href=\"mailto:info@vardcentralen.se\">mejla</a></p>";

        var clean = ClinicInfoSanitizer.Sanitize(html);

        Assert.Equal(
            "<h2>Öppettider</h2><h3>Vardagar</h3><p>Vi har <strong>öppet</strong> <em>mån–fre</em>, <b>8</b>–<i>17</i>.<br>Välkommen!</p>" +
            "<ul><li>Provtagning</li><li>Vaccination</li></ul><ol><li>Ring</li><li>Kom</li></ol>" +
            "<p><a href=\"https://www.1177.se/\"" + LinkTail + ">1177</a> eller <a href=\"mailto:info@vardcentralen.se\"" + LinkTail + ">mejla</a></p>",
            clean);
    }

    [Fact]
    [Trait("Rule", "CS10")]
    public void Sanitize_LinkWithOwnTargetAndTitle_OpensInNewWindowAndKeepsTitle()
    {
        var clean = ClinicInfoSanitizer.Sanitize("<a href='http://example.se' target=_self rel=opener title='Läs mer'>Läs</a>");

        Assert.Equal("<a href=\"http://example.se\" title=\"Läs mer\"" + LinkTail + ">Läs</a>", clean);
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<p>Hej<script>alert(1)</script> där</p>", "<p>Hej där</p>")]
    [InlineData("<p>Hej<SCRIPT type=\"text/javascript\">alert('x')</SCRIPT > där</p>", "<p>Hej där</p>")]
    [InlineData("<p>Hej</p><script>document.write('<p>x</p>')", "<p>Hej</p>")]
    [InlineData("<script>var s = '</scr' + 'ipt>'; alert(1)</script>Hej", "Hej")]
    [InlineData("<script>x</scriptx>y</script>Hej", "Hej")]
    [InlineData("<style>p { color: red }</style><p>Hej</p>", "<p>Hej</p>")]
    [InlineData("<iframe src=\"https://evil.example\">fallback <b>text</b></iframe><p>Hej</p>", "<p>Hej</p>")]
    [InlineData("<noscript><p>x</p></noscript>Hej", "Hej")]
    [InlineData("<svg><g><text>x</text></g><script>alert(1)</script></svg>Hej", "Hej")]
    [InlineData("<math><mi>x</mi></math>Hej", "Hej")]
    [InlineData("<template><p>x</p></template>Hej", "Hej")]
    [InlineData("<object data=x><embed src=y></object>Hej", "Hej")]
    [InlineData("<textarea><script>alert(1)</script></textarea>Hej", "Hej")]
    public void Sanitize_ScriptingElements_RemovedWithTheirContent(string html, string expected)
    {
        Assert.Equal(expected, ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\">Hej</p>", "<p>Hej</p>")]
    [InlineData("<strong onmouseover=alert(1)>Hej</strong>", "<strong>Hej</strong>")]
    [InlineData("<a href=\"https://x.se\" onclick=\"steal()\" style=\"position:fixed\">x</a>", "<a href=\"https://x.se\"" + LinkTail + ">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>Hej", "Hej")]
    [InlineData("<h2 ONCLICK=alert(1)>Rubrik</h2>", "<h2>Rubrik</h2>")]
    [InlineData("<p/onclick=alert(1)>Hej</p>", "<p>Hej</p>")]
    [InlineData("<body onload=alert(1)>Hej</body>", "Hej")]
    public void Sanitize_EventAndStyleAttributes_Dropped(string html, string expected)
    {
        Assert.Equal(expected, ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<a href=\"javascript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"  javascript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"&#106avascript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"java\tscript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=\"&#0000106avascript:alert(1)\">Klicka</a>")]
    [InlineData("<a href=javascript:alert(1)>Klicka</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">Klicka</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Klicka</a>")]
    [InlineData("<a href=\"/relative/page\">Klicka</a>")]
    [InlineData("<a href=\"//evil.example\">Klicka</a>")]
    [InlineData("<a href=\"ftp://files.example\">Klicka</a>")]
    [InlineData("<a href=\"https://\">Klicka</a>")]
    [InlineData("<a href=\"\">Klicka</a>")]
    [InlineData("<a name=\"top\">Klicka</a>")]
    public void Sanitize_LinkToAnythingButHttpHttpsOrMailto_UnwrappedToText(string html)
    {
        Assert.Equal("Klicka", ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<a href=\"HTTPS://WWW.1177.SE\">x</a>", "HTTPS://WWW.1177.SE")]
    [InlineData("<a href=\" https://1177.se/?a=1&amp;b=2 \">x</a>", "https://1177.se/?a=1&amp;b=2")]
    [InlineData("<a href=https://1177.se/?a=1&b=2>x</a>", "https://1177.se/?a=1&amp;b=2")]
    [InlineData("<a href=\"https://1177.se/&quot;onmouseover=&quot;alert(1)\">x</a>", "https://1177.se/&quot;onmouseover=&quot;alert(1)")]
    [InlineData("<a href=\"mailto:info@vc.se?subject=Tid\">x</a>", "mailto:info@vc.se?subject=Tid")]
    public void Sanitize_AllowedLink_HrefKeptEncoded(string html, string expectedHref)
    {
        Assert.Equal($"<a href=\"{expectedHref}\"{LinkTail}>x</a>", ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<p><b>fet<i>båda</b> kursiv?</p>", "<p><b>fet<i>båda</i></b> kursiv?</p>")]
    [InlineData("<ul><li>ett<li>två</ul>", "<ul><li>ett</li><li>två</li></ul>")]
    [InlineData("<ul><li>ett<ul><li>under</ul><li>två</ul>", "<ul><li>ett<ul><li>under</li></ul></li><li>två</li></ul>")]
    [InlineData("<p>ett<p>två", "<p>ett</p><p>två</p>")]
    [InlineData("<p>text<ul><li>punkt</li></ul>", "<p>text</p><ul><li>punkt</li></ul>")]
    [InlineData("<h2>Rubrik<h3>Under", "<h2>Rubrik</h2><h3>Under</h3>")]
    [InlineData("</p></b>Hej</ul></a>", "Hej")]
    [InlineData("<strong><em>Hej", "<strong><em>Hej</em></strong>")]
    [InlineData("<li>utan lista</li>", "utan lista")]
    [InlineData("<a href=\"https://a.se\">A<a href=\"https://b.se\">B</a>", "<a href=\"https://a.se\"" + LinkTail + ">A</a><a href=\"https://b.se\"" + LinkTail + ">B</a>")]
    [InlineData("Rad 1</br>Rad 2<br/>Rad 3<BR >", "Rad 1<br>Rad 2<br>Rad 3<br>")]
    [InlineData("<div><span style=\"x\">Hej</span> <font color=red>där</font></div>", "Hej där")]
    [InlineData("<h1>Stor</h1><h4>Liten</h4>", "StorLiten")]
    [InlineData("<p>Hej<a href=\"https://x.se", "<p>Hej</p>")]
    [InlineData("<p>Hej <b", "<p>Hej </p>")]
    [InlineData("<p title=\"a>b\">Hej</p>", "<p>Hej</p>")]
    [InlineData("<p title='<script>alert(1)</script>'>Hej</p>", "<p>Hej</p>")]
    [InlineData("<<p>>Hej", "&lt;<p>&gt;Hej</p>")]
    public void Sanitize_NestedOrMalformedMarkup_BalancedOutput(string html, string expected)
    {
        Assert.Equal(expected, ClinicInfoSanitizer.Sanitize(html));
    }

    [Fact]
    [Trait("Rule", "CS10")]
    public void Sanitize_VeryDeepNesting_BalancedAndCapped()
    {
        var html = string.Concat(Enumerable.Repeat("<b><ul><li>", 1000)) + "djup" + string.Concat(Enumerable.Repeat("</li></ul></b>", 1000));

        var clean = ClinicInfoSanitizer.Sanitize(html);

        Assert.Contains("djup", clean, StringComparison.Ordinal);
        var depth = 0;
        var maxDepth = 0;
        foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(clean, "</?([a-z0-9]+)[^>]*>"))
        {
            depth += tag.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            maxDepth = Math.Max(maxDepth, depth);
            Assert.True(depth >= 0);
        }

        Assert.Equal(0, depth);
        Assert.True(maxDepth <= ClinicInfoSanitizer.MaxDepth);
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<!-- <script>alert(1)</script> -->Hej", "Hej")]
    [InlineData("<!-->Hej", "Hej")]
    [InlineData("<!--->Hej", "Hej")]
    [InlineData("<!-- a --!>Hej", "Hej")]
    [InlineData("<!-- a -- b --- c -->Hej<!--x-->!", "Hej!")]
    [InlineData("Hej<!-- aldrig stängd <p>x</p>", "Hej")]
    [InlineData("<!DOCTYPE html><?xml version=\"1.0\"?>Hej", "Hej")]
    [InlineData("<![CDATA[<script>alert(1)</script>]]>Hej", "alert(1)]]&gt;Hej")]
    [InlineData("</ script>Hej", "Hej")]
    public void Sanitize_CommentsAndDeclarations_Removed(string html, string expected)
    {
        Assert.Equal(expected, ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("5 < 6 & 7 > 3", "5 &lt; 6 &amp; 7 &gt; 3")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"citat\" och 'apostrof'", "&quot;citat&quot; och &#39;apostrof&#39;")]
    [InlineData("R&auml;ksm&ouml;rg&aring;s &amp; &#229;", "Räksmörgås &amp; å")]
    [InlineData("AT&T &unknown; &", "AT&amp;T &amp;unknown; &amp;")]
    [InlineData("&#150; &#0; &#x110000;", "– \uFFFD \uFFFD")]
    [InlineData("Hej\u0000\u0007där", "Hejdär")]
    [InlineData("a < b", "a &lt; b")]
    [InlineData("a <", "a &lt;")]
    [InlineData("a </", "a &lt;/")]
    public void Sanitize_Text_DecodedAndEncodedAgain(string html, string expected)
    {
        Assert.Equal(expected, ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<p> </p><br><ul><li>&nbsp;</li></ul>")]
    [InlineData("<script>alert('Övrig information')</script>")]
    [InlineData("<!-- Övrig information -->")]
    [InlineData("<img src=\"logo.png\">")]
    [InlineData("<a href=\"https://1177.se\"></a>")]
    public void HasContent_NothingReadable_False(string? html)
    {
        Assert.False(ClinicInfoSanitizer.HasContent(html));
        Assert.Equal(string.Empty, ClinicInfoSanitizer.Sanitize(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("Hej")]
    [InlineData("<p>Parkering finns</p>")]
    [InlineData("<div><span>x</span></div>")]
    public void HasContent_Text_True(string html)
    {
        Assert.True(ClinicInfoSanitizer.HasContent(html));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<h2>Rubrik</h2><p>Text <a href=\"https://x.se/?a=1&amp;b=2\" title='T \"x\"'>länk</a></p><ul><li>a<li>b</ul>")]
    [InlineData("<p><b>fet<i>båda</b> kursiv?</p><script>x</script>&lt;b&gt;")]
    [InlineData("<<p>>&amp;&lt;<a href=javascript:x>y</a>")]
    public void Sanitize_AppliedTwice_SameAsOnce(string html)
    {
        var once = ClinicInfoSanitizer.Sanitize(html);

        Assert.Equal(once, ClinicInfoSanitizer.Sanitize(once));
    }

    [Theory]
    [Trait("Rule", "CS10")]
    [InlineData("<IMG SRC=\"javascript:alert('XSS');\">")]
    [InlineData("<IMG SRC=JaVaScRiPt:alert('XSS')>")]
    [InlineData("<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>")]
    [InlineData("<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>")]
    [InlineData("<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>")]
    [InlineData("<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>")]
    [InlineData("<iframe src=http://xss.rocks/scriptlet.html <")]
    [InlineData("<a href=\"jav&#x0A;ascript:alert('XSS');\">x</a>")]
    [InlineData("<svg/onload=alert('XSS')>")]
    [InlineData("<a href=\"javas\u0000cript:alert(1)\">x</a>")]
    [InlineData("<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>")]
    [InlineData("<a href=\"https://ok.se\" \"onclick=alert(1)\">x</a>")]
    [InlineData("<a href=\"https://ok.se\"onclick=alert(1)>x</a>")]
    [InlineData("<p =onclick=alert(1)>x</p>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mtext></math>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")]
    public void Sanitize_KnownAttackVectors_NoScriptSurvives(string html)
    {
        var clean = ClinicInfoSanitizer.Sanitize(html);

        Assert.DoesNotContain("<script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"jav", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]*\\son[a-z]+\\s*=", clean);
        Assert.DoesNotMatch("<[^>]*style\\s*=", clean);
    }
}
