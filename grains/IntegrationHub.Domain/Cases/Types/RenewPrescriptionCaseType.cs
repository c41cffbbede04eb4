using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// Förnya recept: 1 to 10 medicines per form, each named; extra information only where the clinic allows it (CS2).
/// </summary>
internal sealed class RenewPrescriptionCaseType : NationalCaseType
{
    public const int MaxMedicines = 10;

    private static readonly FormField[] MedicineFields =
    [
        new TextField("name", "Läkemedel") { Required = true },
        new TextField("strength", "Styrka"),
        new TextField("form", "Beredningsform"),
        new TextField("dosage", "Dosering"),
        new TextField("quantity", "Mängd"),
    ];

    public override string Id => CaseTypeIds.RenewPrescription;

    public override string Name => "Förnya recept";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new ObjectListField("medicines", "Läkemedel att förnya", MedicineFields, 1, MaxMedicines)
        {
            Required = true,
            BareStringField = "name",
        },
        new TextField("extraInformation", "Ytterligare upplysningar", multiline: true) { Offered = settings.AllowExtraInformation },
    ];
}
