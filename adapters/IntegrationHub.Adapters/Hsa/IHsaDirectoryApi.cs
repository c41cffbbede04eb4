using Refit;

namespace IntegrationHub.Adapters.Hsa;

/// <summary>The HSA directory's JSON API.</summary>
internal interface IHsaDirectoryApi
{
    /// <summary><c>GET {base}hsa/staff/{hsaId}</c>: <see cref="HsaStaffDocument"/>, or 404.</summary>
    [Get("/hsa/staff/{hsaId}")]
    Task<IApiResponse<HsaStaffDocument>> GetStaffAsync(string hsaId, CancellationToken cancellationToken);

    /// <summary><c>GET {base}hsa/units/{hsaId}</c>: <see cref="HsaClinic"/>, or 404.</summary>
    [Get("/hsa/units/{hsaId}")]
    Task<IApiResponse<HsaClinic>> GetUnitAsync(string hsaId, CancellationToken cancellationToken);

    /// <summary><c>GET {base}hsa/units?name={text}&amp;region={code}</c>: the units whose name contains the text, an array.</summary>
    [Get("/hsa/units")]
    Task<IApiResponse<IReadOnlyList<HsaClinic>>> SearchUnitsAsync(string name, string? region, CancellationToken cancellationToken);
}
