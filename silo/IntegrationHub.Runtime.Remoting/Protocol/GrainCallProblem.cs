namespace IntegrationHub.Runtime.Remoting.Protocol;

/// <summary>An RFC 9457 problem of a grain call: <c>code</c>, and for a grain exception its type name (no stack).</summary>
internal sealed record GrainCallProblem(string Title, int Status, string Code, string? Detail = null, string? ExceptionType = null)
{
    public string Type => "about:blank";
}
