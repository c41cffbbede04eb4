using System.Reflection;

namespace IntegrationHub.Runtime.Core;

/// <summary>An assembly whose grain classes the runtime hosts (registered once per assembly in DI).</summary>
internal sealed record GrainAssembly(Assembly Assembly);
