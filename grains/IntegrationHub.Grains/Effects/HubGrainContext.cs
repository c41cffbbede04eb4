using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Effects;

/// <summary>What every hub grain needs besides its state: the store for its effects and rows, the other grains, the clocks.</summary>
public sealed class HubGrainContext(IEffectStore effects, IIndexStore index, IndexRowGroupCommit rows, HubGrains grains, HubClock clock, TimeProvider realTime, ILoggerFactory loggers)
{
    public IEffectStore Effects => effects;

    public IIndexStore Index => index;

    /// <summary>Rows that go before an answer (the audit trail), committed together with other grains' at the same moment.</summary>
    public IndexRowGroupCommit Rows => rows;

    public HubGrains Grains => grains;

    public HubClock Clock => clock;

    /// <summary>Real time, for the store's own bookkeeping (when an outbox event is due), whatever a simulation does to <see cref="Clock"/>.</summary>
    public TimeProvider RealTime => realTime;

    public ILoggerFactory Loggers => loggers;
}
