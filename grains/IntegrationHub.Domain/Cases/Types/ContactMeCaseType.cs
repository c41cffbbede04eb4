using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Kontakta mig: optionally whom, why and how the resident wants to be contacted (CS2).</summary>
internal sealed class ContactMeCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.ContactMe;

    public override string Name => "Kontakta mig";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new TextField("whom", "Vem vill du komma i kontakt med?"),
        new TextField("why", "Anledning till kontakten", multiline: true),
        new TextField("how", "Hur vill du bli kontaktad?"),
    ];
}
