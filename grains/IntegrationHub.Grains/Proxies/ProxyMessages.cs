using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Inbox;

namespace IntegrationHub.Grains.Proxies;

/// <summary>What the hub tells the guardian and the child when a relationship ends (going beyond the sources: both learn why).</summary>
internal static class ProxyMessages
{
    public static HubMessageRequested ToGuardian(string guardian, string relationshipKey, string reason, string childName, DateTimeOffset endedAt) => new(
        guardian,
        $"proxy-ended:{relationshipKey}:{endedAt.UtcTicks}:guardian",
        "Ditt ombudskap har upphört",
        reason switch
        {
            ProxyEndReasons.ChildTurned13 => $"Du kan inte längre använda e-tjänsterna för {childName}, eftersom barnet har fyllt 13 år. Barnet loggar nu in med egen e-legitimation.",
            ProxyEndReasons.CustodyEnded => $"Du kan inte längre använda e-tjänsterna för {childName}, eftersom folkbokföringen inte längre anger dig som vårdnadshavare.",
            ProxyEndReasons.EndedByGuardian => $"Du har avslutat ombudskapet för {childName}.",

            // PX7 and deaths: the reason could reveal protected personal data or more than the guardian should learn here.
            _ => "Ett av dina ombudskap i e-tjänsterna har upphört.",
        });

    public static HubMessageRequested? ToChild(string child, string relationshipKey, string reason, DateTimeOffset endedAt) => reason switch
    {
        // The child's own explanation comes with the 13th-birthday work (PX5); a death needs no message to the deceased.
        ProxyEndReasons.ChildTurned13 or ProxyEndReasons.Deceased => null,
        ProxyEndReasons.CustodyEnded => new(
            child,
            $"proxy-ended:{relationshipKey}:{endedAt.UtcTicks}:child",
            "En vårdnadshavare kan inte längre använda e-tjänsterna åt dig",
            "En av dina vårdnadshavare kan inte längre använda e-tjänsterna åt dig, eftersom folkbokföringen inte längre anger personen som vårdnadshavare."),
        _ => new(
            child,
            $"proxy-ended:{relationshipKey}:{endedAt.UtcTicks}:child",
            "Ett ombudskap har upphört",
            "Ett ombudskap för dig i e-tjänsterna har upphört."),
    };
}
