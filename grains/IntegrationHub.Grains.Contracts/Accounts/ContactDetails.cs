using System.Text.Json.Serialization;

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>The contacts notifications go to; a mobile number is stored in E.164.</summary>
[GenerateSerializer]
[Alias("hub.ContactDetails")]
public sealed record ContactDetails(string? Mobile, string? Email)
{
    public static ContactDetails None { get; } = new(null, null);

    [JsonIgnore]
    public bool IsEmpty => Mobile is null && Email is null;
}
