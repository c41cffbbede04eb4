using IntegrationHub.Domain.Attachments;
using IntegrationHub.Domain.Cases;
using IntegrationHub.Grains.Contracts.Cases;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>The refusals of the case and clinic endpoints as problem+json with API.md's codes.</summary>
internal static class CaseProblems
{
    public const string InvalidForm = "invalid_form";
    public const string InvalidRequest = "invalid_request";
    public const string NotForProxy = "case_type_not_for_proxy";
    public const string DirectoryUnavailable = "directory_unavailable";

    /// <summary>400 <c>invalid_form</c> naming each failing field in <c>errors</c>.</summary>
    public static IResult Form(IReadOnlyList<FieldError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The form has fields that are missing or not valid.",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = InvalidForm,
                ["errors"] = errors.Select(e => new FieldProblem(e.Field, e.Code, e.Message)).ToArray(),
            });

    public static IResult Form(string field, string code, string message) => Form([new FieldError(field, code, message)]);

    public static IResult Request(string title) => ApiProblem.BadRequest(InvalidRequest, title);

    /// <summary>400 <c>invalid_request</c>: text at <paramref name="path"/> holds a control character or an unpaired surrogate.</summary>
    public static IResult UnfitText(string path) => Request($"The text at {path} holds a control character or an unpaired surrogate.");

    public static IResult Attachment(AttachmentFailure failure) => ApiProblem.Of(failure.ToStatusCode(), failure.ToErrorCode(), failure switch
    {
        AttachmentFailure.Empty => "An empty file has no type: only PDF, PNG, GIF and JPEG files may be attached.",
        AttachmentFailure.TypeNotAllowed => "Only PDF, PNG, GIF and JPEG files may be attached (judged by the content, not the name).",
        AttachmentFailure.TooLarge => "A file may be at most 20 MB.",
        AttachmentFailure.TooManyFiles => "Too many files in one message (residents 5, staff 10).",
        _ => "Attachments are not allowed here.",
    });

    public static IResult ProxyRefused() =>
        ApiProblem.Forbidden(NotForProxy, "This case type is not adapted for proxies (PX4).");

    public static IResult DirectoryDown() =>
        ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, DirectoryUnavailable, "The HSA directory cannot be reached.");

    /// <summary>A refusal of the case grain.</summary>
    public static IResult From(string code) => code switch
    {
        CaseCodes.NotFound => ApiProblem.NotFound(),
        CaseCodes.NotAuthorised => ApiProblem.Forbidden(code, "Your rights at the clinic do not allow this."),
        CaseCodes.CaseClosed => ApiProblem.Of(StatusCodes.Status409Conflict, code, "The case is closed."),
        CaseCodes.RecipientUnavailable => ApiProblem.Of(StatusCodes.Status409Conflict, code, "The resident's account is locked or inactive: nothing can be sent to it (CS8)."),
        CaseCodes.RegistryUnavailable => ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, code, "The population registry cannot be reached."),
        _ => ApiProblem.Of(StatusCodes.Status409Conflict, code, "The case cannot take this."),
    };
}
