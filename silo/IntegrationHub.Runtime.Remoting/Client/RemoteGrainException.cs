namespace IntegrationHub.Runtime.Remoting.Client;

/// <summary>
/// A remote grain call failed on the silo: the grain threw (<see cref="Code"/> <c>grain_exception</c>,
/// <see cref="RemoteExceptionType"/> its type name), or the silo refused the call (401, 404, 400). No remote stack
/// trace is ever carried.
/// </summary>
public sealed class RemoteGrainException : Exception
{
    public RemoteGrainException()
        : this("A remote grain call failed.")
    {
    }

    public RemoteGrainException(string message)
        : this(message, null)
    {
    }

    public RemoteGrainException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = "remote_call_failed";
    }

    public RemoteGrainException(string code, int statusCode, string? remoteExceptionType, string message)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
        RemoteExceptionType = remoteExceptionType;
    }

    /// <summary>The problem code, e.g. <c>grain_exception</c>, <c>invalid_signature</c>, <c>unknown_grain_interface</c>.</summary>
    public string Code { get; }

    /// <summary>The silo's HTTP status, 0 when none was received.</summary>
    public int StatusCode { get; }

    /// <summary>The full name of the exception type the grain threw, when it threw.</summary>
    public string? RemoteExceptionType { get; }
}
