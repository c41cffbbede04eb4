namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>Collects failing fields while a form is walked.</summary>
internal sealed class FormErrors
{
    private readonly List<FieldError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<FieldError> ToList() => _errors.ToArray();

    public void Add(string path, string code, string message) => _errors.Add(new FieldError(path, code, message));

    public void Required(string path) => Add(path, FieldErrorCodes.Required, "A value is required.");

    public void Invalid(string path, string message) => Add(path, FieldErrorCodes.Invalid, message);

    public void NotAllowed(string path, string message) => Add(path, FieldErrorCodes.NotAllowed, message);

    public void TooLong(string path, int maxLength) =>
        Add(path, FieldErrorCodes.TooLong, $"At most {maxLength} characters.");

    public void TooMany(string path, int max) => Add(path, FieldErrorCodes.TooMany, $"At most {max}.");

    public static string Child(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    public static string Item(string parent, int index) => $"{parent}[{index}]";
}
