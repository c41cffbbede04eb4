namespace IntegrationHub.Adapters.Hsa;

/// <summary>One clinic of <see cref="HsaStaffDocument"/>: <c>{hsaId, rights}</c>.</summary>
internal sealed record HsaClinicRightsDocument(string HsaId, IReadOnlyList<string>? Rights);
