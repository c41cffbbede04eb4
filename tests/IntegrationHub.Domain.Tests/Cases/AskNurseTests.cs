using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

public sealed class AskNurseTests
{
    private static readonly CaseTypeSettings FeverAndPain = new()
    {
        Active = true,
        HealthQuestions = [HealthQuestions.Pain, HealthQuestions.Fever],
    };

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_QuestionMissing_Required()
    {
        var result = FormAssert.Validate("ask-nurse", "{}");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_QuestionWithoutChosenHealthQuestions_Accepted()
    {
        var result = FormAssert.Validate("ask-nurse", """{"question": "Ska jag oroa mig för hostan?"}""");

        Assert.Equal("""{"question":"Ska jag oroa mig för hostan?"}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_AnswersToTheChosenQuestions_AcceptedInTheClinicsOrder()
    {
        var result = FormAssert.Validate(
            "ask-nurse", """{"question": "Hosta", "healthAnswers": {"fever": "38,2 i går", "pain": false}}""", FeverAndPain);

        Assert.Equal("""{"question":"Hosta","healthAnswers":{"pain":false,"fever":"38,2 i går"}}""", FormAssert.Valid(result));
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_AnswerToAQuestionTheClinicDidNotChoose_NotAllowed()
    {
        var result = FormAssert.Validate(
            "ask-nurse",
            """{"question": "Hosta", "healthAnswers": {"fever": "nej", "pain": "nej", "medication": "Alvedon"}}""",
            FeverAndPain);

        FormAssert.FailsOnlyWith(result, "healthAnswers.medication", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_HealthAnswersWhenClinicChoseNone_NotAllowed()
    {
        var result = FormAssert.Validate("ask-nurse", """{"question": "Hosta", "healthAnswers": {"fever": "nej"}}""");

        FormAssert.FailsOnlyWith(result, "healthAnswers", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_ChosenQuestionLeftUnanswered_Required()
    {
        var result = FormAssert.Validate("ask-nurse", """{"question": "Hosta", "healthAnswers": {"fever": "nej"}}""", FeverAndPain);

        FormAssert.FailsOnlyWith(result, "healthAnswers.pain", FieldErrorCodes.Required);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_NoAnswersWhenClinicChoseQuestions_Required()
    {
        var result = FormAssert.Validate("ask-nurse", """{"question": "Hosta"}""", FeverAndPain);

        FormAssert.FailsOnlyWith(result, "healthAnswers", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_AnswerAsNumber_AcceptedAsText()
    {
        var result = FormAssert.Validate(
            "ask-nurse", """{"question": "Hosta", "healthAnswers": {"fever": 38.5, "pain": true}}""", FeverAndPain);

        Assert.Equal("38.5", result.Fields.GetProperty("healthAnswers").GetProperty("fever").GetString());
    }

    [Fact]
    public void Validate_AnswerAsList_Invalid()
    {
        var result = FormAssert.Validate(
            "ask-nurse", """{"question": "Hosta", "healthAnswers": {"fever": ["ja"], "pain": true}}""", FeverAndPain);

        FormAssert.FailsOnlyWith(result, "healthAnswers.fever", FieldErrorCodes.Invalid);
    }
}
