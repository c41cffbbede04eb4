namespace IntegrationHub.Gateway.Assertions;

/// <summary>
/// What a reused hop-out assertion is bound to: one session, one service (its <c>aud</c>), the acting person (its
/// <c>sub</c>) and the logged-in person (its <c>act</c> when different). Two requests share an assertion only when all
/// four are equal.
/// </summary>
internal readonly record struct HopOutAssertionKey(string Session, string Service, string Subject, string? ActingFor);
