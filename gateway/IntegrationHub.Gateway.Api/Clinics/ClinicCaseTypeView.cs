using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary>An offered case type with its form; <see cref="Locked"/> is the padlock shown in proxy mode (PX4).</summary>
internal sealed record ClinicCaseTypeView(string Id, string Name, bool ProxyAllowed, bool AttachmentsAllowed, bool Locked, IReadOnlyList<FieldDescription> Fields);
