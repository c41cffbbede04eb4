using System.Collections.Concurrent;
using IntegrationHub.Identity;
using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.Hsa;

/// <summary>
/// The HSA directory of staff and units. <c>GET {base}/hsa/staff/{hsaId}</c> answers a
/// <see cref="SimulatedStaffMember"/> (roles and clinics as empty arrays when none) or 404;
/// <c>GET {base}/hsa/units/{hsaId}</c> a <see cref="SimulatedClinic"/> or 404; <c>GET {base}/hsa/units?name=&amp;region=</c>
/// the units whose name contains the text (case-insensitive), in that region when given, ordered by name. HSA-ids compare as
/// <see cref="HsaId"/> does (case-insensitive). Control: <see cref="PutStaff"/>, <see cref="PutClinic"/>, also
/// <c>PUT {base}/control/staff</c> and <c>PUT {base}/control/clinics</c>.
/// </summary>
public sealed class HsaDirectorySimulator : Simulator
{
    private readonly ConcurrentDictionary<string, SimulatedStaffMember> _staff = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SimulatedClinic> _clinics = new(StringComparer.OrdinalIgnoreCase);

    private HsaDirectorySimulator()
    {
    }

    /// <summary>Starts a directory alone on a free port of 127.0.0.1.</summary>
    public static Task<HsaDirectorySimulator> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(new HsaDirectorySimulator(), cancellationToken);

    /// <summary>Creates or replaces a staff member (API.md <c>PUT /sim/hsa/staff</c>).</summary>
    /// <exception cref="ArgumentException">An HSA-id of the member or a clinic is not one.</exception>
    public void PutStaff(SimulatedStaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var id = ParseHsaId(staff.HsaId, nameof(staff));
        var clinics = (staff.Clinics ?? [])
            .Select(c => c with { HsaId = ParseHsaId(c.HsaId, nameof(staff)), Rights = c.Rights ?? [] })
            .ToList();
        _staff[id] = staff with { HsaId = id, Roles = staff.Roles ?? [], Clinics = clinics };
    }

    /// <summary>Creates or replaces a unit (API.md <c>PUT /sim/hsa/clinics</c>).</summary>
    /// <exception cref="ArgumentException">The HSA-id is not one.</exception>
    public void PutClinic(SimulatedClinic clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        var id = ParseHsaId(clinic.HsaId, nameof(clinic));
        _clinics[id] = clinic with { HsaId = id };
    }

    /// <summary>Removes a staff member; false when unknown.</summary>
    public bool RemoveStaff(string hsaId) => _staff.TryRemove(hsaId.Trim(), out _);

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/hsa/staff/{hsaId}", (string hsaId) =>
            _staff.TryGetValue(hsaId.Trim(), out var staff) ? Results.Ok(staff) : Results.NotFound());
        routes.MapGet("/hsa/units/{hsaId}", (string hsaId) =>
            _clinics.TryGetValue(hsaId.Trim(), out var clinic) ? Results.Ok(clinic) : Results.NotFound());
        routes.MapGet("/hsa/units", (string? name, string? region) => Results.Ok(SearchClinics(name ?? string.Empty, region)));
        routes.MapPut("/control/staff", (SimulatedStaffMember staff) => ControlResults.Apply(() => PutStaff(staff)));
        routes.MapPut("/control/clinics", (SimulatedClinic clinic) => ControlResults.Apply(() => PutClinic(clinic)));
    }

    /// <summary>The units whose name contains <paramref name="name"/> (case-insensitive), in <paramref name="region"/> when given.</summary>
    public IReadOnlyList<SimulatedClinic> SearchClinics(string name, string? region) =>
        [.. _clinics.Values
            .Where(c => c.Name.Contains(name.Trim(), StringComparison.CurrentCultureIgnoreCase)
                && (string.IsNullOrEmpty(region) || string.Equals(c.Region, region, StringComparison.Ordinal)))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)];

    private static string ParseHsaId(string? value, string paramName) =>
        HsaId.TryParse(value, out var id) ? id.Value : throw new ArgumentException("Not an HSA-id.", paramName);
}
