namespace IntegrationHub.Runtime.Remoting.Security;

/// <summary>The shared secret of gateway and silos (<c>Hub:Internal</c>), used by both ends of a grain call.</summary>
public sealed class InternalCallOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Hub:Internal";

    /// <summary>The HMAC-SHA256 key, base64, at least 32 bytes. A secret: never log it.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>How far a call's timestamp may be from the server's clock; 30 seconds.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest request body the server reads; 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The clock of the signature timestamps. Real time by default on purpose: the simulation clock of a local hub
    /// may be set years ahead, and the timestamps only guard against replays.
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
