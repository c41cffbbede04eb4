namespace IntegrationHub.Domain.Cases;

/// <summary>A ready-made health question the clinic may choose for ask-nurse (CS2).</summary>
/// <param name="Id">The key of the answer in <c>healthAnswers</c>.</param>
/// <param name="Text">The question as the resident reads it.</param>
public sealed record HealthQuestion(string Id, string Text);
