using IntegrationHub.Gateway.Api.Cases;

namespace IntegrationHub.Gateway.Web.Pages.Shared;

/// <summary>A case's messages for the thread partial; <see cref="Staff"/> shows senders' names as staff see them.</summary>
internal sealed record MessageList(IReadOnlyList<CaseMessageOutput> Messages, bool Staff)
{
    public IReadOnlyDictionary<string, string> Kinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["submission"] = "Ärendet skickat",
        ["partial-answer"] = "Delsvar",
        ["answer"] = "Svar",
        ["counter-question"] = "Motfråga",
        ["reply"] = "Svar från invånaren",
    };
}
