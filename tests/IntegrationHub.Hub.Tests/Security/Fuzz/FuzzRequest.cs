namespace IntegrationHub.Hub.Tests.Security.Fuzz;

/// <summary>One generated request: who sends it, the message, and how to name it in a failure.</summary>
internal sealed record FuzzRequest(int Index, FuzzCaller Caller, HttpRequestMessage Message, string Description) : IDisposable
{
    public void Dispose() => Message.Dispose();
}
