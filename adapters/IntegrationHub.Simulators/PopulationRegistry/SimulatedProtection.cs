using System.Text.Json.Serialization;
using IntegrationHub.Simulators.Hosting;

namespace IntegrationHub.Simulators.PopulationRegistry;

/// <summary>Skyddade personuppgifter; in JSON <c>"none"</c>, <c>"sekretessmarkering"</c>, <c>"skyddadFolkbokforing"</c>.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SimulatedProtection>))]
public enum SimulatedProtection
{
    None,
    Sekretessmarkering,
    SkyddadFolkbokforing,
}
