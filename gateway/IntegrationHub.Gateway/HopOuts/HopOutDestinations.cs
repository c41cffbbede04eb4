using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>
/// The current destination of each hop-out service. Starts from <see cref="HopOutServiceOptions"/> and can be
/// updated at runtime (the local hub starts its simulators on random ports). Thread-safe; a singleton.
/// </summary>
public sealed class HopOutDestinations
{
    private ImmutableDictionary<string, Uri> services;

    /// <summary>Destinations from the configured options.</summary>
    public HopOutDestinations(IOptions<HopOutServiceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services = ImmutableDictionary.Create<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, address) in options.Value.Services)
        {
            Set(name, address);
        }
    }

    /// <summary>The services and their base addresses now.</summary>
    public IReadOnlyDictionary<string, Uri> Current => Volatile.Read(ref services);

    /// <summary>Adds or replaces a service's base address (absolute http or https).</summary>
    public void Set(string service, Uri baseAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri || (baseAddress.Scheme != Uri.UriSchemeHttp && baseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A hop-out destination is an absolute http or https address.", nameof(baseAddress));
        }

        ImmutableInterlocked.AddOrUpdate(ref services, service, baseAddress, (_, _) => baseAddress);
    }

    /// <summary>Removes a service; requests to it answer 404 <c>unknown_service</c> from then on.</summary>
    public bool Remove(string service) => ImmutableInterlocked.TryRemove(ref services, service, out _);

    /// <summary>
    /// The configured name of a service (case-insensitive lookup) and its destination prefix (the base address
    /// without a trailing slash).
    /// </summary>
    public bool TryGet(string service, out string name, out string prefix)
    {
        var current = Volatile.Read(ref services);
        if (current.TryGetKey(service, out name) && current.TryGetValue(name, out var address))
        {
            prefix = address.AbsoluteUri.TrimEnd('/');
            return true;
        }

        name = string.Empty;
        prefix = string.Empty;
        return false;
    }
}
