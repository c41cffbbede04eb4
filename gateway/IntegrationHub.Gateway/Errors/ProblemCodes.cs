namespace IntegrationHub.Gateway.Errors;

/// <summary>The <c>code</c> members the gateway itself writes.</summary>
public static class ProblemCodes
{
    /// <summary>404: no hop-out service of that name is configured.</summary>
    public const string UnknownService = "unknown_service";

    /// <summary>401: no live session.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>429: too many logins from one client address.</summary>
    public const string TooManyRequests = "too_many_requests";

    /// <summary>502: the hop-out service could not be reached.</summary>
    public const string HopOutUnavailable = "hop_out_unavailable";

    /// <summary>400: the request is malformed in some other way (a query value, a header, text with a control character).</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>400: the body is not the JSON the endpoint reads (malformed, wrong types, missing).</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>403: not allowed, where the refusal has no more specific code.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>404: nothing is served at this path (or not to this caller).</summary>
    public const string NotFound = "not_found";

    /// <summary>405: the path is served, but not for this method.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>406: the response cannot be given in a format the client accepts.</summary>
    public const string NotAcceptable = "not_acceptable";

    /// <summary>408: the client took too long to send its request.</summary>
    public const string RequestTimeout = "request_timeout";

    /// <summary>409: the resource is not in a state that allows this.</summary>
    public const string Conflict = "conflict";

    /// <summary>411: the request needs a Content-Length.</summary>
    public const string LengthRequired = "length_required";

    /// <summary>413: the body is larger than the endpoint takes.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>414: the URL is longer than the server takes.</summary>
    public const string UriTooLong = "uri_too_long";

    /// <summary>415: the body is sent in a media type the endpoint does not read.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>422: well-formed, but it cannot be acted on.</summary>
    public const string Unprocessable = "unprocessable";

    /// <summary>431: the request's headers are too large.</summary>
    public const string HeadersTooLarge = "request_headers_too_large";

    /// <summary>500: the hub failed; never the answer to anything a client sent.</summary>
    public const string InternalError = "internal_error";

    /// <summary>502: an upstream service gave no usable answer.</summary>
    public const string BadGateway = "bad_gateway";

    /// <summary>503: a dependency of the hub cannot be reached now.</summary>
    public const string ServiceUnavailable = "service_unavailable";

    /// <summary>504: an upstream service did not answer in time.</summary>
    public const string GatewayTimeout = "gateway_timeout";

    /// <summary>The code of a refusal that names none of its own: from its status (API.md's generic codes).</summary>
    /// <param name="status">The HTTP status code of the refusal.</param>
    public static string ForStatus(int status) => status switch
    {
        400 => InvalidRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        408 => RequestTimeout,
        409 => Conflict,
        411 => LengthRequired,
        413 => PayloadTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        422 => Unprocessable,
        429 => TooManyRequests,
        431 => HeadersTooLarge,
        502 => BadGateway,
        503 => ServiceUnavailable,
        504 => GatewayTimeout,
        >= 400 and < 500 => InvalidRequest,
        _ => InternalError,
    };
}
