namespace IntegrationHub.Adapters.Tests;

/// <summary>Waits on a condition rather than on a duration; the limit only keeps a broken test from hanging.</summary>
internal static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        using var giveUp = new CancellationTokenSource(limit);
        while (!giveUp.IsCancellationRequested)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }

        return false;
    }
}
