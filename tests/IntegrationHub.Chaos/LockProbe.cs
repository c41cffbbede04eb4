namespace IntegrationHub.Chaos;

/// <summary>A lock executed through one gateway, and how long until the resident's next request was refused at the other.</summary>
internal sealed record LockProbe(double At, string Condition, double? MillisecondsToRefusal, string Note);
