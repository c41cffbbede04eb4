using System.Text.Json;

namespace IntegrationHub.Gateway.Text;

/// <summary>
/// A JSON string with a control character or an unpaired surrogate (<see cref="RequestText.IsFit"/>). A
/// <see cref="JsonException"/>, so that model binding turns it into a 400 like any other unreadable body; the refusal's
/// code is <c>invalid_request</c>, not <c>invalid_json</c>. Its message never carries the text.
/// </summary>
public sealed class UnfitTextException : JsonException
{
    public UnfitTextException()
        : base("Text may not contain control characters or unpaired surrogates.")
    {
    }

    public UnfitTextException(string message)
        : base(message)
    {
    }

    public UnfitTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
