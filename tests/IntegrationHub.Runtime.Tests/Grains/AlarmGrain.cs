using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class AlarmGrain([PersistentState("alarm")] IPersistentState<AlarmState> state) : Grain, IAlarmGrain, IRemindable
{
    public Task SetAsync(DateTimeOffset dueAt) => RegisterOrUpdateReminderAsync("alarm", dueAt, period: null);

    public Task<int> GetFiredAsync() => Task.FromResult(state.State.Fired);

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken)
    {
        state.State.Fired++;
        await state.WriteStateAsync(cancellationToken);
    }
}
