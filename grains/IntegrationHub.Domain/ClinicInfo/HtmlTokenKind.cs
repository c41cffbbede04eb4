namespace IntegrationHub.Domain.ClinicInfo;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}
