using IntegrationHub.Domain.Cases;
using IntegrationHub.Gateway.Web.Forms;

namespace IntegrationHub.Gateway.Web.Pages.Shared;

/// <summary>One field of a case form for the field partial: its description, path, the values sent and the errors by path.</summary>
internal sealed record FieldInput(FieldDescription Field, string Path, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors)
{
    public string Id => CaseFormBinder.InputId(Path);

    public string Name => CaseFormBinder.InputName(Path);

    public string? Value => Values.TryGetValue(Name, out var value) ? value : null;

    public string? Error => Errors.TryGetValue(Path, out var error) ? error : null;

    public string Describedby => $"{Id}-fel";

    public FieldInput Child(FieldDescription field, string path) => new(field, path, Values, Errors);

    /// <summary>One health question of an answers field, as a text input of its own.</summary>
    public FieldInput Answer(HealthQuestion question) => Child(new FieldDescription(question.Id, question.Text, "text", false), $"{Path}.{question.Id}");
}
