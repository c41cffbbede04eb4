using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Simulators.Hosting;

/// <summary>
/// The base of every simulator: a lean ASP.NET Core app (slim builder, minimal APIs, log level Warning, no
/// configuration files or environment read) on Kestrel at <c>http://127.0.0.1:0</c>, i.e. a free port, with
/// in-process fault injection. Routes under <c>/control</c> are never faulted; every other request counts in
/// <see cref="RequestCount"/>, waits <see cref="ResponseDelay"/>, and answers 503 while unavailable
/// (<see cref="SetAvailable"/>) or for the next requests asked to fail (<see cref="FailNextRequests"/>).
/// Every simulator also serves <c>PUT {base}/control/status</c> <c>{available: bool}</c>.
/// </summary>
public abstract class Simulator : IAsyncDisposable
{
    private static readonly PathString ControlPath = new("/control");

    private WebApplication? _app;
    private Uri? _baseAddress;
    private volatile bool _available = true;
    private int _failuresToInject;
    private long _requestCount;
    private long _responseDelayTicks;

    /// <summary>The base address, <c>http://127.0.0.1:{port}/</c> (with a trailing slash).</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The simulator has not been started.");

    /// <summary>False while every request but control answers 503.</summary>
    public bool IsAvailable => _available;

    /// <summary>Requests outside <c>/control</c> received so far.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    /// <summary>How long each request outside <c>/control</c> waits before it is answered (zero by default).</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _responseDelayTicks));
        set => Interlocked.Exchange(ref _responseDelayTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>Makes the simulator answer normally (true) or 503 to every request outside <c>/control</c> (false).</summary>
    public void SetAvailable(bool available) => _available = available;

    /// <summary>The next <paramref name="count"/> requests outside <c>/control</c> answer 503.</summary>
    public void FailNextRequests(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Exchange(ref _failuresToInject, count);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts <paramref name="simulator"/> on a free port of 127.0.0.1.</summary>
    protected static async Task<T> StartAsync<T>(T simulator, CancellationToken cancellationToken)
        where T : Simulator
    {
        ArgumentNullException.ThrowIfNull(simulator);
        try
        {
            await simulator.StartCoreAsync(cancellationToken);
            return simulator;
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>Releases what the simulator holds besides its app (after the app has stopped).</summary>
    protected virtual ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;

    /// <summary>Maps the simulator's own routes.</summary>
    protected abstract void MapRoutes(IEndpointRouteBuilder routes);

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });

        // A simulator runs inside other hosts (the local hub, tests): none of their settings (Kestrel endpoints,
        // URLs, log levels) may leak in.
        builder.Configuration.Sources.Clear();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        var app = builder.Build();
        _app = app;
        app.Use(InjectFaultsAsync);
        app.MapPut("/control/status", (SimulatorStatus status) =>
        {
            SetAvailable(status.Available);
            return Results.NoContent();
        });
        MapRoutes(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        _baseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task InjectFaultsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(ControlPath))
        {
            await next(context);
            return;
        }

        Interlocked.Increment(ref _requestCount);
        var delay = ResponseDelay;
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (!_available || TryTakeInjectedFailure())
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await next(context);
    }

    private bool TryTakeInjectedFailure()
    {
        while (true)
        {
            var left = Volatile.Read(ref _failuresToInject);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _failuresToInject, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
