using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IntegrationHub.Gateway.Api.OpenApi;

/// <summary>
/// Completes each operation from <see cref="ApiRoutes"/>: a summary, every refusal as an <c>application/problem+json</c>
/// response naming its codes, and the bodies of the endpoints that read them themselves (the logins' <c>{assertion}</c>,
/// the multipart uploads). Every operation under <c>/api</c> and <c>/staff</c> also answers 401 and 403 for the session.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    private const string ProblemSchema = "Problem";
    private const string ProblemType = "application/problem+json";
    private const string LoginTag = "Login";
    private const string ResidentTag = "Resident";
    private const string StaffTag = "Staff";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "IntegrationHub: the resident and staff APIs";
        document.Info.Description =
            "The hub's public surface for the portal and staff (API.md): cookie sessions from /auth, the resident API under /api, "
            + "the staff API under /staff. Every refusal is application/problem+json (RFC 9457) with a machine-readable `code`. "
            + "Responses with personal data carry Cache-Control: no-store. FHIR R4 is described by GET /fhir/r4/metadata.";
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = LoginTag, Description = "Login and logout: the session cookie (HttpOnly, SameSite=Strict)." },
            new() { Name = ResidentTag, Description = "The resident portal's API, for the acting identity (the child in proxy mode)." },
            new() { Name = StaffTag, Description = "The staff tool's API; every read of a resident's data is audit-logged." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details with API.md's code.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The machine-readable refusal code." },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Description = "invalid_form: each failing field.",
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["field"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
                            ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                        },
                    },
                },
            },
            Required = new HashSet<string> { "status", "code" },
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + (description.RelativePath ?? string.Empty).Split('?')[0];
        var route = ApiRoutes.Find(description.HttpMethod ?? string.Empty, path);
        List<ApiRefusal> refusals = [.. route?.Refusals ?? []];
        if (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/staff/", StringComparison.Ordinal))
        {
            refusals.Add(new ApiRefusal(401, "unauthenticated"));
            refusals.Add(new ApiRefusal(403, path.StartsWith("/staff/", StringComparison.Ordinal) ? "residents_only" : "staff_only"));
        }

        operation.Tags = new HashSet<OpenApiTagReference>
        {
            new(path.StartsWith("/auth/", StringComparison.Ordinal) ? LoginTag : path.StartsWith("/staff/", StringComparison.Ordinal) ? StaffTag : ResidentTag, context.Document),
        };
        operation.Responses ??= [];
        if (route is not null)
        {
            operation.Summary = route.Summary;
            if (route.Success != 200 && operation.Responses.Remove("200", out var success))
            {
                operation.Responses[route.Success.ToString(System.Globalization.CultureInfo.InvariantCulture)] = route.Success == 204
                    ? new OpenApiResponse { Description = "No Content" }
                    : success;
            }
        }

        foreach (var group in refusals.GroupBy(r => r.Status).OrderBy(g => g.Key))
        {
            var codes = group.SelectMany(r => r.Codes).Distinct(StringComparer.Ordinal).ToList();
            operation.Responses[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = "Refused: " + string.Join(", ", codes),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchemaReference(ProblemSchema, context.Document),
                        Example = new JsonObject { ["status"] = group.Key, ["code"] = codes.FirstOrDefault() },
                    },
                },
            };
        }

        if (route?.Body is { } body && operation.RequestBody is null)
        {
            operation.RequestBody = route.Multipart ? MultipartBody(body) : AssertionBody();
        }

        return Task.CompletedTask;
    }

    private static OpenApiRequestBody AssertionBody() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "assertion" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["assertion"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The identity provider's signed assertion (compact JWS)." },
                    },
                },
            },
        },
    };

    private static OpenApiRequestBody MultipartBody(string jsonPart) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { jsonPart },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [jsonPart] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "JSON, the first part." },
                        ["file"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Description = "PDF, GIF, JPEG or PNG (judged by content), at most 20 MB each; residents 5, staff 10 per message.",
                            Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        },
    };
}
