using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// Förnya hjälpmedel: 1 to 4 aids per form, each with product name, size where it applies, use per day and number of
/// packages; optional free-card number and other information; delivery details when any aid is for incontinence (CS2).
/// </summary>
internal sealed class RenewAidsCaseType : NationalCaseType
{
    public const int MaxAids = 4;
    public const int MaxPackages = 999;

    private static readonly FormField[] AidFields =
    [
        new TextField("productName", "Produktnamn") { Required = true },
        new TextField("articleNumber", "Artikelnummer", maxLength: 50),
        new TextField("size", "Storlek", maxLength: 50),
        new TextField("usePerDay", "Åtgång per dygn", maxLength: 50) { Required = true },
        new IntegerField("packages", "Antal förpackningar", 1, MaxPackages) { Required = true },
        new BooleanField("incontinence", "Inkontinenshjälpmedel"),
    ];

    public override string Id => CaseTypeIds.RenewAids;

    public override string Name => "Förnya hjälpmedel";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
    [
        new ObjectListField("aids", "Hjälpmedel att förnya", AidFields, 1, MaxAids) { Required = true },
        new TextField("freeCardNumber", "Frikortsnummer", maxLength: 50),
        new TextField("otherInformation", "Övrig information", multiline: true),
        new AddressField("delivery", "Leverans") { RequiredWhen = "aids[].incontinence" },
    ];

    internal override void CheckForm(JsonObject form, CaseTypeSettings settings, FormErrors errors)
    {
        var anyIncontinence = form["aids"]!.AsArray()
            .Any(aid => aid!["incontinence"] is { } flag && flag.GetValue<bool>());
        if (anyIncontinence && !form.ContainsKey("delivery"))
        {
            errors.Add("delivery", FieldErrorCodes.Required, "Delivery details are required for incontinence aids.");
        }
    }
}
