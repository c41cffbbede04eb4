namespace IntegrationHub.Gateway.Text;

/// <summary>Every string of a request body by default: line breaks and tabs allowed, other control characters refused.</summary>
public sealed class MultilineTextJsonConverter() : TextJsonConverter(multiline: true);
