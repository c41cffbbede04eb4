using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Rådgivning: a question; the caregiver met before only where the clinic allows naming one (CS2).</summary>
internal sealed class AdviceCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.Advice;

    public override string Name => "Rådgivning";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        CommonFields.Question(),
        new TextField("previousCaregiver", "Vilken vårdgivare har du varit i kontakt med tidigare?")
        {
            Offered = settings.AllowNamingPreviousCaregiver,
        },
    ];
}
