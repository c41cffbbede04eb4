using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Runtime.Remoting.Protocol;

/// <summary>The wire format shared by client and server.</summary>
internal static class GrainCallProtocol
{
    public const string RoutePrefix = "/internal/grains";

    public const string ProblemContentType = "application/problem+json";

    /// <summary>The body member holding the arguments, in parameter order.</summary>
    public const string ArgumentsMember = "args";

    /// <summary>The answer member holding the result of a Task&lt;T&gt; method.</summary>
    public const string ResultMember = "result";

    /// <summary>Problem code of an exception thrown by the grain.</summary>
    public const string GrainExceptionCode = "grain_exception";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The relative path of a call: every part URL-escaped.</summary>
    public static string PathOf(string interfaceName, string key, string method) =>
        $"{RoutePrefix.TrimStart('/')}/{Uri.EscapeDataString(interfaceName)}/{Uri.EscapeDataString(key)}/{Uri.EscapeDataString(method)}";
}
