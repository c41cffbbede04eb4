namespace IntegrationHub.Gateway.Text;

/// <summary>
/// A one-line field (a name, a subject): every control character refused, line breaks and tabs included. Put it on the
/// property: <c>[property: JsonConverter(typeof(SingleLineTextJsonConverter))]</c>.
/// </summary>
public sealed class SingleLineTextJsonConverter() : TextJsonConverter(multiline: false);
