namespace IntegrationHub.Gateway.Web.Pages.Shared;

/// <summary>The model of the file input partial: how many files may be chosen and the refusal to show beside it.</summary>
internal sealed record FileInput(int MaxFiles, string? Error);
