namespace IntegrationHub.Domain.Cases;

/// <summary>
/// The ready-made health questions of ask-nurse ("feber, smärta, använder några läkemedel osv"); the clinic chooses
/// which of them the resident fills in.
/// </summary>
public static class HealthQuestions
{
    public const string Fever = "fever";
    public const string Pain = "pain";
    public const string Medication = "medication";
    public const string Allergies = "allergies";
    public const string Duration = "duration";
    public const string Pregnancy = "pregnancy";

    public static IReadOnlyList<HealthQuestion> All { get; } =
    [
        new(Fever, "Har du feber?"),
        new(Pain, "Har du ont?"),
        new(Medication, "Använder du några läkemedel?"),
        new(Allergies, "Har du några allergier?"),
        new(Duration, "Hur länge har du haft besvären?"),
        new(Pregnancy, "Är du gravid eller ammar du?"),
    ];

    public static HealthQuestion? Find(string? id) => All.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));
}
