using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// Förlänga sjukskrivning: why the sick leave should be extended (e.g. waiting for a hip operation), and optionally
/// until when the current one runs and until when the resident asks for (CS2).
/// </summary>
internal sealed class ExtendSickLeaveCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.ExtendSickLeave;

    public override string Name => "Förlänga sjukskrivning";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new TextField("reason", "Varför behöver sjukskrivningen förlängas?", multiline: true) { Required = true },
        new DateField("currentUntil", "Nuvarande sjukskrivning gäller till och med"),
        new DateField("requestedUntil", "Önskad förlängning till och med"),
        new TextField("occupation", "Sysselsättning"),
    ];

    internal override void CheckForm(JsonObject form, CaseTypeSettings settings, FormErrors errors)
    {
        if (form["currentUntil"] is { } current && form["requestedUntil"] is { } requested
            && DateField.TryParse(current.GetValue<string>(), out var currentUntil)
            && DateField.TryParse(requested.GetValue<string>(), out var requestedUntil)
            && requestedUntil <= currentUntil)
        {
            errors.Invalid("requestedUntil", "Must be after currentUntil.");
        }
    }
}
