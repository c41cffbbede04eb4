using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// Fråga sjuksköterskan: a question, plus answers to the health questions the clinic chose, and to no others (CS2).
/// The source says the clinic chooses which questions the resident "ska fylla i" (is to fill in), so each chosen one
/// is required.
/// </summary>
internal sealed class AskNurseCaseType : NationalCaseType
{
    public override string Id => CaseTypeIds.AskNurse;

    public override string Name => "Fråga sjuksköterskan";

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings)
    {
        var chosen = settings.HealthQuestions
            .Select(HealthQuestions.Find)
            .OfType<HealthQuestion>()
            .DistinctBy(q => q.Id)
            .ToArray();
        return
        [
            CommonFields.Question(),
            new AnswersField("healthAnswers", "Hälsofrågor", chosen) { Offered = chosen.Length > 0, Required = chosen.Length > 0 },
        ];
    }
}
