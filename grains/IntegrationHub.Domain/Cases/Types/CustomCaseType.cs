using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases.Types;

/// <summary>
/// A clinic's own case type, <c>custom-{name}</c>: named and designed by the clinic (CS2). Its form is the field
/// schema in the clinic's settings; its name the settings' title.
/// </summary>
internal sealed class CustomCaseType(string id) : CaseType
{
    public const int MaxFields = 30;
    public const int MaxLabelLength = 200;
    public const int MaxTitleLength = 100;
    public const int MaxChoices = 50;
    public const int MaxFieldIdLength = 40;

    public override string Id { get; } = id;

    public override string Name
    {
        get
        {
            var words = Id[CaseTypeIds.CustomPrefix.Length..].Replace('-', ' ');
            return char.ToUpperInvariant(words[0]) + words[1..];
        }
    }

    public override string DisplayName(CaseTypeSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Title) ? Name : settings.Title.Trim();

    internal override IReadOnlyList<FormField> Fields(CaseTypeSettings settings) =>
        settings.CustomFields.Select(ToFormField).ToArray();

    internal override void CheckSettings(CaseTypeSettings settings, FormErrors errors)
    {
        const string path = "settings.fields";
        if (settings.Active && settings.CustomFields.Count == 0)
        {
            errors.Add(path, FieldErrorCodes.Required, "A clinic's own case type needs at least one field.");
        }

        if (settings.CustomFields.Count > MaxFields)
        {
            errors.TooMany(path, MaxFields);
            return;
        }

        if (settings.Title is { } title && TextInput.Length(title.Trim()) > MaxTitleLength)
        {
            errors.TooLong("settings.title", MaxTitleLength);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < settings.CustomFields.Count; i++)
        {
            var field = settings.CustomFields[i];
            var fieldPath = FormErrors.Item(path, i);
            if (field is null)
            {
                errors.Invalid(fieldPath, "Must be an object.");
                continue;
            }

            if (!IsFieldId(field.Id))
            {
                errors.Invalid(FormErrors.Child(fieldPath, "id"), "Must be a camelCase name of ASCII letters and digits.");
            }
            else if (!ids.Add(field.Id))
            {
                errors.Invalid(FormErrors.Child(fieldPath, "id"), "Used by another field.");
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                errors.Required(FormErrors.Child(fieldPath, "label"));
            }
            else if (TextInput.Length(field.Label) > MaxLabelLength)
            {
                errors.TooLong(FormErrors.Child(fieldPath, "label"), MaxLabelLength);
            }

            if (!Enum.IsDefined(field.Kind))
            {
                errors.Invalid(FormErrors.Child(fieldPath, "kind"), "Must be text, multiline, choice, date or boolean.");
            }

            CheckMaxLength(field, FormErrors.Child(fieldPath, "maxLength"), errors);
            CheckChoices(field, FormErrors.Child(fieldPath, "choices"), errors);
        }
    }

    private static void CheckMaxLength(CustomFieldDefinition field, string path, FormErrors errors)
    {
        if (field.MaxLength is not { } maxLength)
        {
            return;
        }

        if (field.Kind is not (CustomFieldKind.Text or CustomFieldKind.Multiline))
        {
            errors.NotAllowed(path, "Only for text and multiline fields.");
        }
        else if (maxLength < 1 || maxLength > TextInput.MultilineMaxLength)
        {
            errors.Invalid(path, $"Must be from 1 to {TextInput.MultilineMaxLength}.");
        }
    }

    private static void CheckChoices(CustomFieldDefinition field, string path, FormErrors errors)
    {
        var choices = field.Choices ?? [];
        if (field.Kind != CustomFieldKind.Choice)
        {
            if (choices.Count > 0)
            {
                errors.NotAllowed(path, "Only for choice fields.");
            }

            return;
        }

        if (choices.Count == 0)
        {
            errors.Required(path);
            return;
        }

        if (choices.Count > MaxChoices)
        {
            errors.TooMany(path, MaxChoices);
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            var choicePath = FormErrors.Item(path, i);
            if (string.IsNullOrWhiteSpace(choice))
            {
                errors.Required(choicePath);
            }
            else if (TextInput.Length(choice) > TextInput.SingleLineMaxLength)
            {
                errors.TooLong(choicePath, TextInput.SingleLineMaxLength);
            }
            else if (!seen.Add(choice.Trim()))
            {
                errors.Invalid(choicePath, "Listed more than once.");
            }
        }
    }

    private static bool IsFieldId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxFieldIdLength || id[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FormField ToFormField(CustomFieldDefinition field) => field.Kind switch
    {
        CustomFieldKind.Text => new TextField(field.Id, field.Label, multiline: false, field.MaxLength) { Required = field.Required },
        CustomFieldKind.Multiline => new TextField(field.Id, field.Label, multiline: true, field.MaxLength) { Required = field.Required },
        CustomFieldKind.Choice => new ChoiceField(field.Id, field.Label, field.Choices ?? []) { Required = field.Required },
        CustomFieldKind.Date => new DateField(field.Id, field.Label) { Required = field.Required },
        CustomFieldKind.Boolean => new BooleanField(field.Id, field.Label) { Required = field.Required },
        _ => throw new InvalidOperationException($"Unknown custom field kind {field.Kind}."),
    };
}
