using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>Fields several case types share.</summary>
internal static class CommonFields
{
    /// <summary>"Days that don't suit", shown only where the clinic chose to show it.</summary>
    public static FormField UnsuitableDays(CaseTypeSettings settings) =>
        new TextOrTextListField("unsuitableDays", "Dagar som inte passar") { Offered = settings.ShowUnsuitableDays };

    /// <summary>The resident's own question, required.</summary>
    public static FormField Question() => new TextField("question", "Din fråga", multiline: true) { Required = true };

    /// <summary>Anything else the resident wants to add.</summary>
    public static FormField Message(string label = "Övrigt") => new TextField("message", label, multiline: true);
}
