using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Beställa tid: the contact reason is required; "days that don't suit" when the clinic shows it (CS2).</summary>
internal sealed class RequestAppointmentCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.RequestAppointment;

    public override string Name => "Beställa tid";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new TextField("contactReason", "Kontaktorsak", multiline: true) { Required = true },
        CommonFields.UnsuitableDays(settings),
    ];
}
