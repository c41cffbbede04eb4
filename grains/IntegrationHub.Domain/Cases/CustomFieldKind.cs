using System.Text.Json.Serialization;

namespace IntegrationHub.Domain.Cases;

/// <summary>The kinds of field a clinic may put on its own case type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CustomFieldKind>))]
public enum CustomFieldKind
{
    /// <summary>One line of text.</summary>
    [JsonStringEnumMemberName("text")]
    Text,

    /// <summary>Several lines of text.</summary>
    [JsonStringEnumMemberName("multiline")]
    Multiline,

    /// <summary>One of the clinic's listed choices.</summary>
    [JsonStringEnumMemberName("choice")]
    Choice,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    [JsonStringEnumMemberName("date")]
    Date,

    /// <summary>Yes or no.</summary>
    [JsonStringEnumMemberName("boolean")]
    Boolean,
}
