namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>
/// What a hostile client puts where a value belongs: wrong types, huge numbers, bad Unicode, control characters,
/// overlong strings, deep nesting. JSON values are raw fragments (<see cref="InvalidUtf8"/> becomes bytes that are not
/// UTF-8); path segments and query values are already percent-encoded, and never hold what Kestrel itself refuses
/// before the application runs (a NUL in the path, a request line over 8 KB).
/// </summary>
internal static class FuzzValues
{
    /// <summary>Replaced by the bytes C3 28 (not UTF-8) when a body is encoded.</summary>
    public const string InvalidUtf8 = "\uE000INVALID\uE000";

    public static IReadOnlyList<string> Json { get; } =
    [
        "0", "-1", "3.14", "1e400", "-1e400", "123456789012345678901234567890", "199006022397", "true", "false", "null",
        "[]", "{}", "[1,\"a\",null,{}]", "{\"a\":{\"b\":[null,{\"c\":1e308}]}}", "\"\"", "\"   \"",
        "\"\\u0000\"", "\"Hej\\u0000då\"", "\"\\u001b[2J\"", "\"\\u007f\"", "\"\\u0085\"", "\"rad\\r\\nrad\\tslut\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"x\\ud83d\"", "\"\\ud83d\\ude00 åäö ÅÄÖ\"", "\"\\ufeff\\uffff\"",
        "\"a" + InvalidUtf8 + "b\"", "\"ra\u0001w\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"../../etc/passwd\"", "\"%00%0a\"", "\"SE2321000016-T0001\"",
        "\"" + new string('x', 100_000) + "\"", "\"" + string.Concat(Enumerable.Repeat("å😀", 20_000)) + "\"",
        new string('[', 200) + new string(']', 200),
        string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100),
    ];

    public static IReadOnlyList<string> Bodies { get; } =
    [
        string.Empty, "null", "[]", "\"text\"", "42", "{", "{\"a\":", "{\"a\":1,}", "{'a':1}", "{\"a\":1}{\"b\":2}",
        "\uFEFF{}", "{\"a\":\"" + InvalidUtf8 + "\"}", new string('[', 5000), "<xml/>", "a=b&c=d",
    ];

    public static IReadOnlyList<string> Segments { get; } =
    [
        "%2E%2E", new string('x', 300), new string('9', 2000), "%C3%A5%C3%A4%C3%B6", "%0A", "%0D%0A", "%1B", "%7F",
        "%C2%85", "%FF", "%ED%A0%80", "%20", "99999999999999999999", "-1", "0", "null", "%2F", "a%3Bb", "%25",
        "%3Cscript%3E", "SE2321000016-T0001", "0197F1F2A3B4C5D6E7F8091A2B3C4D5E", "0197f1f2a3b4c5d6e7f8091a2b3c4d5e",
    ];

    public static IReadOnlyList<string> Query { get; } =
    [
        string.Empty, "99999999999999999999999", "-1", "1e400", "%00", "a%00b", "a%1Bb", "%7F", "%C2%85", "%FF",
        "%ED%A0%80", "a%0Ab", "%C3%A5%C3%A4%C3%B6", "%F0%9F%98%80", "%3Cscript%3E", "%27%20OR%201%3D1", new string('x', 3000),
        "199006022397", "19900602-2397", "http%3A%2F%2Felectronichealth.se%2Fidentifier%2Fpersonnummer%7C1990",
    ];

    public static IReadOnlyList<string> ContentTypes { get; } =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz",
        "multipart/form-data", "application/json; charset=iso-8859-1", "application/json-patch+json", "image/png",
        "application/fhir+json", "application/json", "text/html; charset=utf-8", "application/octet-stream",
    ];

    public static IReadOnlyList<string> Accepts { get; } =
        ["text/html", "application/xml", "*/*", "application/fhir+xml", "image/png", "text/plain;q=0.1"];

    public static IReadOnlyList<string> Methods { get; } = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];

    /// <summary>Header values outside ASCII or overlong, sent as UTF-8 bytes.</summary>
    public static IReadOnlyList<string> HeaderValues { get; } =
        ["nyckel-åäö", "😀", new string('k', 500), " ", "a b", "ÿ"];
}
