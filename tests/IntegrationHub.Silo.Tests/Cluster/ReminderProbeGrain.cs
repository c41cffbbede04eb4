using IntegrationHub.Grains.Effects;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>Records each firing in its stored state before it unregisters, so a firing on two silos would show twice.</summary>
internal sealed class ReminderProbeGrain([PersistentState("reminder-probe", HubStorage.Name)] IPersistentState<ReminderProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    private const string Name = "probe";

    public async Task ArmAsync(TimeSpan due) => await this.RegisterOrUpdateReminder(Name, due, TimeSpan.FromSeconds(1));

    public Task<IReadOnlyList<DateTime>> FiredAsync() => Task.FromResult<IReadOnlyList<DateTime>>([.. state.State.Fired]);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Fired.Add(status.CurrentTickTime);
        await state.WriteStateAsync();
        if (await this.GetReminder(Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
