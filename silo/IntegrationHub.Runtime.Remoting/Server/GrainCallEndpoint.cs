using System.Globalization;
using System.Reflection;
using System.Text.Json;
using IntegrationHub.Runtime.Remoting.Protocol;
using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Remoting.Server;

/// <summary>
/// <c>POST /internal/grains/{interface}/{key}/{method}</c>: checks the signature and its timestamp (401), resolves the
/// interface from the allow-list (404) and the method (404), reads the arguments (400), calls the local grain and
/// answers 200 <c>{"result": ...}</c>, 204 for a call without a result, or 500 problem+json <c>grain_exception</c>
/// with the exception's type name and message.
/// </summary>
internal sealed class GrainCallEndpoint(
    GrainInterfaceCatalog catalog,
    IGrainFactory grains,
    IOptions<InternalCallOptions> options,
    ILogger<GrainCallEndpoint> logger)
{
    public const string Pattern = GrainCallProtocol.RoutePrefix + "/{interface}/{key}/{method}";

    private readonly GrainCallSigner signer = GrainCallSigner.FromOptions(options.Value);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var settings = options.Value;
        var body = await ReadBodyAsync(context.Request, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "payload_too_large").ConfigureAwait(false);
            return;
        }

        // The raw target is what the client signed and is the only source of the three names (escaping kept exact).
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (!IsAuthentic(context.Request, target, body, settings))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "invalid_signature").ConfigureAwait(false);
            return;
        }

        var (interfaceName, key, methodName) = ParseTarget(target);
        if (!catalog.TryGet(interfaceName, out var grainInterface))
        {
            await RefuseAsync(context, StatusCodes.Status404NotFound, "unknown_grain_interface").ConfigureAwait(false);
            return;
        }

        if (!TryReadArguments(body, out var arguments) || grainInterface!.FindMethod(methodName, arguments.Count) is not { } method)
        {
            var known = grainInterface?.HasMethod(methodName) == true;
            await RefuseAsync(context, known ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound, known ? "invalid_arguments" : "unknown_grain_method").ConfigureAwait(false);
            return;
        }

        if (!TryBind(method, arguments, cancellationToken, out var values))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "invalid_arguments").ConfigureAwait(false);
            return;
        }

        await InvokeAsync(context, grainInterface, method, key, values).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (string Interface, string Key, string Method) ParseTarget(string target)
    {
        var path = target.Split('?', 2)[0];
        var parts = path.Split('/');
        return (Uri.UnescapeDataString(parts[^3]), Uri.UnescapeDataString(parts[^2]), Uri.UnescapeDataString(parts[^1]));
    }

    private static bool TryReadArguments(byte[] body, out List<JsonElement> arguments)
    {
        arguments = [];
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(GrainCallProtocol.ArgumentsMember, out var args)
                || args.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            arguments.AddRange(args.EnumerateArray().Select(a => a.Clone()));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryBind(MethodInfo method, List<JsonElement> arguments, CancellationToken cancellationToken, out object?[] values)
    {
        var parameters = method.GetParameters();
        values = new object?[parameters.Length];
        var next = 0;
        try
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                values[i] = parameters[i].ParameterType == typeof(CancellationToken)
                    ? cancellationToken
                    : arguments[next++].Deserialize(parameters[i].ParameterType, GrainCallProtocol.Json);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private bool IsAuthentic(HttpRequest request, string target, byte[] body, InternalCallOptions settings)
    {
        if (!long.TryParse(request.Headers[GrainCallHeaders.Timestamp].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            GrainCallServerLog.Refused(logger, "no timestamp");
            return false;
        }

        var now = settings.Clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > settings.MaxClockSkew.TotalSeconds)
        {
            GrainCallServerLog.Refused(logger, "stale timestamp");
            return false;
        }

        if (!signer.Verify(request.Method, target, timestamp, body, request.Headers[GrainCallHeaders.Signature].ToString()))
        {
            GrainCallServerLog.Refused(logger, "bad signature");
            return false;
        }

        return true;
    }

    private async Task InvokeAsync(HttpContext context, GrainInterface grainInterface, MethodInfo method, string key, object?[] values)
    {
        object? result;
        try
        {
            var grain = grainInterface.GetGrain(grains, key);
            var task = (Task)method.Invoke(grain, values)!;
            await task.ConfigureAwait(false);
            result = method.ReturnType.IsGenericType ? task.GetType().GetProperty(nameof(Task<int>.Result))!.GetValue(task) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            var thrown = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            var typeName = thrown.GetType().FullName ?? thrown.GetType().Name;
            GrainCallServerLog.GrainThrew(logger, grainInterface.Type.Name, method.Name, typeName);
            var problem = new GrainCallProblem("The grain call failed", StatusCodes.Status500InternalServerError, GrainCallProtocol.GrainExceptionCode, thrown.Message, typeName);
            await WriteProblemAsync(context, problem).ConfigureAwait(false);
            return;
        }

        if (!method.ReturnType.IsGenericType)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        var answer = new Dictionary<string, object?> { [GrainCallProtocol.ResultMember] = result };
        await context.Response.WriteAsJsonAsync(answer, GrainCallProtocol.Json, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task RefuseAsync(HttpContext context, int status, string code) =>
        WriteProblemAsync(context, new GrainCallProblem("The grain call was refused", status, code));

    private static Task WriteProblemAsync(HttpContext context, GrainCallProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(problem, GrainCallProtocol.Json, GrainCallProtocol.ProblemContentType, context.RequestAborted);
    }
}
