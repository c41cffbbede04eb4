using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// Begära intyg: a kind the clinic lists, new or renewal; a renewal names the previous issuer and how long the current
/// certificate is valid (CS2).
/// </summary>
internal sealed class RequestCertificateCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.RequestCertificate;

    public override string Name => "Begära intyg";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new ChoiceField("kind", "Vilket intyg gäller det?", settings.CertificateKinds) { Required = true },
        new BooleanField("renewal", "Gäller det förnyelse av ett intyg?") { Required = true },
        new TextField("previousIssuer", "Vem utfärdade det tidigare intyget?") { RequiredWhen = "renewal" },
        new DateField("currentValidUntil", "Hur länge gäller det nuvarande intyget?") { RequiredWhen = "renewal" },
        CommonFields.Message(),
    ];

    internal override void CheckForm(JsonObject form, CaseTypeSettings settings, FormErrors errors)
    {
        var renewal = form["renewal"]!.GetValue<bool>();
        foreach (var name in (string[])["previousIssuer", "currentValidUntil"])
        {
            var given = form.ContainsKey(name);
            if (renewal && !given)
            {
                errors.Required(name);
            }
            else if (!renewal && given)
            {
                errors.NotAllowed(name, "Only for a renewal.");
            }
        }
    }
}
