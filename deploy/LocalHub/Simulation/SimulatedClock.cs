namespace IntegrationHub.LocalHub.Simulation;

/// <summary>
/// Simulation's clock (API.md <c>PUT /sim/clock</c>): it runs on from whatever instant it is set to, so timestamps differ
/// as they would, unless it is frozen. Only the hub's rules read it (<see cref="Identity.HubClock"/>); Orleans keeps real time.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset setTo;
    private long setAtTimestamp;
    private bool frozen;

    public SimulatedClock(DateTimeOffset start, bool freeze = false)
    {
        Set(start, freeze);
    }

    public bool Frozen
    {
        get
        {
            lock (gate)
            {
                return frozen;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return frozen ? setTo : setTo + System.GetElapsedTime(setAtTimestamp);
        }
    }

    /// <summary>Sets the clock to <paramref name="now"/>; it runs on from there unless <paramref name="freeze"/>.</summary>
    public void Set(DateTimeOffset now, bool freeze = false)
    {
        lock (gate)
        {
            setTo = now.ToUniversalTime();
            setAtTimestamp = System.GetTimestamp();
            frozen = freeze;
        }
    }

    /// <summary>Moves the clock by <paramref name="by"/>, keeping whether it runs.</summary>
    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            Set(GetUtcNow() + by, frozen);
        }
    }
}
