namespace IntegrationHub.Silo.Tests.Cluster.Tls;

/// <summary>
/// A refused silo is declared dead and Orleans' own handler then ends the process (Environment.FailFast), which here
/// would be the test host: this one only records that it happened.
/// </summary>
internal sealed class StoppedSiloErrorHandler : IFatalErrorHandler
{
    public int Count { get; private set; }

    public bool IsUnexpected(Exception exception) => exception is not ThreadAbortException;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null) => Count++;
}
