using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Beställa journalkopia: optionally which period and which units; nothing given means all of it (CS2).</summary>
internal sealed class JournalCopyCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.JournalCopy;

    public override string Name => "Beställa journalkopia";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new DateField("fromDate", "Från och med"),
        new DateField("toDate", "Till och med"),
        new TextField("units", "Vilka mottagningar eller vårdenheter gäller det?", multiline: true, maxLength: 1000),
        CommonFields.Message(),
    ];

    internal override void CheckForm(JsonObject form, CaseTypeSettings settings, FormErrors errors)
    {
        if (form["fromDate"] is { } from && form["toDate"] is { } to
            && DateField.TryParse(from.GetValue<string>(), out var fromDate)
            && DateField.TryParse(to.GetValue<string>(), out var toDate)
            && toDate < fromDate)
        {
            errors.Invalid("toDate", "Must not be before fromDate.");
        }
    }
}
