using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Hub.Tests.Cases;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// Makes requests to the endpoints of <see cref="FuzzCatalog"/> from one seeded <see cref="Random"/>: the same seed, the
/// same requests. Most requests are spoiled in one or more ways (wrong caller, method, content type or Accept, a path or
/// query value, a body member, the whole body, the multipart framing, an upper-case path, an oversized body), so that
/// they are refused at every layer, and some are left whole, so that they reach the grains.
/// </summary>
internal sealed partial class FuzzGenerator(int seed, FuzzWorld world, Uri baseAddress)
{
    private const long OversizedJson = 31L * 1024 * 1024;
    private const long OversizedMultipart = 130L * 1024 * 1024;

    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly Random random = new(seed);

    public FuzzRequest Next(int index)
    {
        var target = FuzzCatalog.Targets[random.Next(FuzzCatalog.Targets.Count)];
        var caller = target.OnlyAs ?? (FuzzCaller)random.Next(3);
        var method = Chance(0.12) ? Pick(FuzzValues.Methods) : target.Method;
        var path = Path(target);
        var uri = new Uri(baseAddress, path + Query(target));
        var message = new HttpRequestMessage(new HttpMethod(method), new Uri(uri.AbsoluteUri, in Verbatim));
        var notes = new List<string>();
        message.Content = Body(target, method, message, notes);
        Headers(target, message, notes);
        var description = $"#{index} {caller} {method} {Shorten(message.RequestUri!.PathAndQuery)} [{string.Join(", ", notes)}]";
        return new FuzzRequest(index, caller, message, description);
    }

    private string Path(FuzzTarget target)
    {
        var path = Placeholder().Replace(target.Path, m => Chance(0.2) ? Pick(FuzzValues.Segments) : Uri.EscapeDataString(FuzzCatalog.Fill(m.Groups[1].Value, world, random)));
        if (Chance(0.05))
        {
            path += "/" + Pick(FuzzValues.Segments);
        }

        return random.Next(12) switch
        {
            0 => path.ToUpperInvariant(),
            1 => string.Concat(path.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)),
            _ => path,
        };
    }

    private string Query(FuzzTarget target)
    {
        var pairs = target.QueryFields
            .Where(_ => !Chance(0.1))
            .Select(f => $"{f.Name}={(Chance(0.3) ? Pick(FuzzValues.Query) : Uri.EscapeDataString(Convert.ToString(f.Valid(world, random), CultureInfo.InvariantCulture) ?? string.Empty))}")
            .ToList();
        if (Chance(0.08))
        {
            pairs.Add($"{Pick(["x", "%00", "a%0Ab", "_format", "limit"])}={Pick(FuzzValues.Query)}");
        }

        return pairs.Count == 0 ? string.Empty : "?" + string.Join("&", pairs);
    }

    private HttpContent? Body(FuzzTarget target, string method, HttpRequestMessage message, List<string> notes)
    {
        // Only to endpoints that read a body: one that answers 2xx without reading it lets the client send it all, into a
        // connection Kestrel closes at its limit.
        if (target.Body != FuzzBody.None && Chance(0.015))
        {
            var multipart = target.Body == FuzzBody.Multipart;
            var size = multipart ? OversizedMultipart : OversizedJson;
            notes.Add($"{size / (1024 * 1024)} MB body");

            // A client that sends so much asks first (Expect: 100-continue), so that the refusal arrives before the body.
            message.Headers.ExpectContinue = true;
            var huge = new StreamContent(new FillerStream(size));
            huge.Headers.ContentType = MediaTypeHeaderValue.Parse(multipart ? "multipart/form-data; boundary=fuzz" : "application/json");
            huge.Headers.ContentLength = size;
            return huge;
        }

        if (target.Body == FuzzBody.None && (method is "GET" or "HEAD" or "DELETE" or "OPTIONS" || !Chance(0.3)))
        {
            return null;
        }

        var (bytes, contentType) = target.Body switch
        {
            FuzzBody.Multipart => Multipart(target, notes),
            FuzzBody.Form => (Encoded(Form(target, notes)), "application/x-www-form-urlencoded"),
            FuzzBody.Fhir => (Encoded(Json(target, notes)), "application/fhir+json"),
            _ => (Encoded(Json(target, notes)), "application/json"),
        };
        var content = new ByteArrayContent(bytes);
        if (Chance(0.12))
        {
            contentType = Pick(FuzzValues.ContentTypes);
            notes.Add($"content-type {contentType}");
        }

        if (!Chance(0.04))
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    private string Json(FuzzTarget target, List<string> notes)
    {
        if (Chance(0.1))
        {
            var body = Pick(FuzzValues.Bodies);
            notes.Add($"body {Shorten(body)}");
            return body;
        }

        var members = new List<string>();
        foreach (var field in target.BodyFields)
        {
            if (Chance(0.08))
            {
                continue;
            }

            members.Add($"{JsonSerializer.Serialize(field.Name)}:{Value(field, notes)}");
        }

        if (Chance(0.05))
        {
            members.Add($"{Pick(["\"\\u0000\"", "\"\\ud800\"", "\"x\"", "\"" + new string('k', 5000) + "\""])}:{Pick(FuzzValues.Json)}");
            notes.Add("extra member");
        }

        return "{" + string.Join(",", members) + "}";
    }

    private string Value(FuzzField field, List<string> notes)
    {
        if (!Chance(0.3))
        {
            return JsonSerializer.Serialize(field.Valid(world, random), JsonSerializerOptions.Web);
        }

        var junk = Pick(FuzzValues.Json);
        notes.Add($"{field.Name}={Shorten(junk)}");
        return junk;
    }

    private string Form(FuzzTarget target, List<string> notes) =>
        string.Join("&", target.BodyFields.Select(f =>
        {
            if (!Chance(0.3))
            {
                return $"{f.Name}={Uri.EscapeDataString(Convert.ToString(f.Valid(world, random), CultureInfo.InvariantCulture) ?? string.Empty)}";
            }

            var junk = Pick(FuzzValues.Query);
            notes.Add($"{f.Name}={Shorten(junk)}");
            return $"{f.Name}={junk}";
        }));

    /// <summary>A multipart body, its framing spoiled now and then: boundaries, dispositions, parts, files.</summary>
    private (byte[] Bytes, string ContentType) Multipart(FuzzTarget target, List<string> notes)
    {
        var boundary = Chance(0.05) ? new string('b', 200) : "fuzz-" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        var contentType = $"multipart/form-data; boundary={boundary}";
        using var body = new MemoryStream();
        var part = target.Part!;
        var files = random.Next(4) == 0 ? random.Next(1, 12) : 0;
        var spoil = random.Next(14);
        notes.Add(spoil < 9 ? $"multipart spoiled {spoil}" : "multipart");
        contentType = spoil switch
        {
            0 => $"multipart/form-data; boundary=other-{boundary}",
            1 => "multipart/form-data",
            2 => "multipart/form-data; boundary=\"\"",
            _ => contentType,
        };

        void Text(string text) => body.Write(Encoded(text));

        void Part(string headers, byte[] content)
        {
            Text($"--{boundary}\r\n{headers}\r\n\r\n");
            body.Write(content);
            Text("\r\n");
        }

        switch (spoil)
        {
            case 3:
                Part("Content-Type: application/json", Encoded(Json(target, notes)));
                break;
            case 4:
                Part($"Content-Disposition: form-data; name=\"{part}\"", Encoded(Json(target, notes)));
                Part($"Content-Disposition: form-data; name=\"{part}\"", Encoded(Json(target, notes)));
                break;
            case 5:
                Part("Content-Disposition: form-data; name=\"unknown\"", "x"u8.ToArray());
                break;
            case 6:
                break;
            default:
                Part($"Content-Disposition: form-data; name=\"{part}\"\r\nContent-Type: application/json", Encoded(Json(target, notes)));
                break;
        }

        for (var i = 0; i < files; i++)
        {
            var name = Pick(["bild.png", "a\u0001b.png", new string('n', 400) + ".pdf", "..\\..\\x.exe", "\"quoted\".png", string.Empty]);
            var file = Pick([Files.Png(), Files.Pdf(), Files.Executable(), [], "plain text"u8.ToArray()]);
            Part($"Content-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream", file);
        }

        if (spoil == 7)
        {
            Text($"--{boundary}\r\nno headers at all\r\n");
        }

        if (spoil != 8)
        {
            Text($"--{boundary}--\r\n");
        }

        return (body.ToArray(), contentType);
    }

    private void Headers(FuzzTarget target, HttpRequestMessage message, List<string> notes)
    {
        if (Chance(0.1))
        {
            var accept = Pick(FuzzValues.Accepts);
            message.Headers.TryAddWithoutValidation("Accept", accept);
            notes.Add($"accept {accept}");
        }

        if (target.Path.StartsWith("/fhir", StringComparison.Ordinal))
        {
            var token = random.Next(10) switch
            {
                < 5 => world.FhirToken,
                < 7 => "not-a-token",
                _ => null,
            };
            if (token is not null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            }
        }

        if (target.Path == "/api/cases" || Chance(0.05))
        {
            var key = Chance(0.5) ? Pick(FuzzValues.HeaderValues) : "fuzz-" + random.Next(50).ToString(CultureInfo.InvariantCulture);
            message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            notes.Add($"idempotency-key {Shorten(key)}");
        }

        if (Chance(0.05))
        {
            message.Headers.TryAddWithoutValidation(Pick(["X-Hub-Assertion", "X-Forwarded-For", "X-Fuzz"]), Pick(FuzzValues.HeaderValues));
            notes.Add("extra header");
        }
    }

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>UTF-8, with <see cref="FuzzValues.InvalidUtf8"/> as bytes that are not.</summary>
    private static byte[] Encoded(string text)
    {
        var parts = text.Split(FuzzValues.InvalidUtf8);
        using var bytes = new MemoryStream();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.Write([0xC3, 0x28]);
            }

            bytes.Write(Encoding.UTF8.GetBytes(parts[i]));
        }

        return bytes.ToArray();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..40]}…({text.Length} chars)";

    [GeneratedRegex("\\{(\\w+)\\}")]
    private static partial Regex Placeholder();
}
