using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Reminders;

/// <summary>
/// Fires durable reminders: claims due rows with a lease, calls the grain's <see cref="IRemindable"/> as a turn, then
/// moves the row to its next period or removes it. A silo that dies mid-firing leaves a lease that runs out, and the
/// reminder fires again elsewhere: at least once, never lost.
/// </summary>
internal sealed class ReminderService(IReminderTable table, SiloRuntime runtime, GrainRuntimeOptions options, ILogger<ReminderService> logger)
{
    private static readonly Func<Grain, object?[], Task> Deliver = static (grain, args) =>
        grain is IRemindable remindable
            ? remindable.ReceiveReminderAsync((string)args[0]!, (ReminderTick)args[1]!, (CancellationToken)args[2]!)
            : throw new InvalidOperationException($"{grain.GetType().Name} has reminders but does not implement IRemindable.");

    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var now = runtime.TimeProvider.GetUtcNow();
        var due = await table.ClaimDueAsync(options.SiloId, now, options.ReminderLease, 64, cancellationToken);
        foreach (var entry in due)
        {
            await FireAsync(entry, now, cancellationToken);
        }

        return due.Count;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await runtime.RunGatedAsync(FireDueAsync, cancellationToken) > 0)
                {
                    continue;
                }

                await runtime.ReminderSignal.WaitAsync(options.PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                RuntimeLog.WorkerFailed(logger, "reminder", exception);
                await Task.Delay(options.PollInterval, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task FireAsync(ReminderEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var tick = new ReminderTick(entry.DueAt, now, entry.Period);
            await runtime.GrainFactory.GetReference(entry.Grain).InvokeAsync(Deliver, [entry.Name, tick, cancellationToken]);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The lease stays: the reminder fires again when it runs out, here or on another silo.
            RuntimeLog.ReminderFailed(logger, entry.Name, entry.Grain.Type, exception);
            return;
        }

        await table.CompleteAsync(entry, options.SiloId, NextDue(entry, now), cancellationToken);
    }

    private static DateTimeOffset? NextDue(ReminderEntry entry, DateTimeOffset now)
    {
        if (entry.Period is not { } period || period <= TimeSpan.Zero)
        {
            return null;
        }

        // Periods missed while every silo was down collapse into the one firing that just happened.
        var next = entry.DueAt + period;
        if (next <= now)
        {
            var missed = (now - entry.DueAt).Ticks / period.Ticks;
            next = entry.DueAt + (period * (missed + 1));
        }

        return next;
    }
}
