using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Av-/omboka tid: which appointment, cancel or rebook, a wish; "days that don't suit" when shown (CS2).</summary>
internal sealed class CancelRebookCaseType : NationalCaseType
{
    public const string Cancel = "cancel";
    public const string Rebook = "rebook";

    public override string Id => CaseTypeIds.CancelRebook;

    public override string Name => "Av-/omboka tid";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new ChoiceField("action", "Vill du avboka eller omboka?", [Cancel, Rebook]) { Required = true },
        new TextField("appointment", "Vilken tid gäller det?") { Required = true },
        new TextField("wish", "Önskemål om ny tid", multiline: true),
        CommonFields.UnsuitableDays(settings),
        CommonFields.Message(),
    ];
}
