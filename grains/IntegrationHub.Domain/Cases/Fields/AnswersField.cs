using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>
/// Answers keyed by question id (ask-nurse's health questions). Only the listed questions may be answered; each is
/// then required. An answer is text or true/false.
/// </summary>
internal sealed class AnswersField(string name, string label, IReadOnlyList<HealthQuestion> questions) : FormField(name, label)
{
    public const int MaxAnswerLength = 1000;

    public IReadOnlyList<HealthQuestion> Questions { get; } = questions;

    protected override string Kind => "answers";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid(path, "Must be an object keyed by question.");
            return null;
        }

        var before = errors.Count;
        var given = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var member = TextInput.NameOf(property);
            var answerPath = FormErrors.Child(path, member);
            if (!seen.Add(member))
            {
                errors.Invalid(answerPath, "Given more than once.");
                failed.Add(member);
                continue;
            }

            if (!Questions.Any(q => string.Equals(q.Id, member, StringComparison.Ordinal)))
            {
                errors.NotAllowed(answerPath, "The clinic has not chosen this question.");
                continue;
            }

            var errorsBefore = errors.Count;
            JsonNode? answer = property.Value.ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => JsonValue.Create(property.Value.GetBoolean()),
                JsonValueKind.Null => null,
                _ => TextField.Read(property.Value, answerPath, errors, multiline: true, MaxAnswerLength) is { } text
                    ? JsonValue.Create(text)
                    : null,
            };
            if (answer is not null)
            {
                given[member] = answer;
            }
            else if (errors.Count > errorsBefore)
            {
                failed.Add(member);
            }
        }

        var result = new JsonObject();
        foreach (var question in Questions)
        {
            if (given.TryGetValue(question.Id, out var answer))
            {
                result[question.Id] = answer;
            }
            else if (!failed.Contains(question.Id))
            {
                errors.Required(FormErrors.Child(path, question.Id));
            }
        }

        return errors.Count == before ? result : null;
    }

    public override FieldDescription Describe() => base.Describe() with { MaxLength = MaxAnswerLength, Questions = Questions };
}
