using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Inbox;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The messages of the 13th-birthday work (PX5, PX6), each with a key that makes it exactly-once.</summary>
internal static class BirthdayMessages
{
    public static IEnumerable<HubMessageRequested> Notices(string child, string stage, string childName, IReadOnlyList<string> guardians)
    {
        var threeMonths = stage == BirthdayStages.ThreeMonthsBefore;
        var when = threeMonths ? "om tre månader" : "om en vecka";
        var subject = threeMonths ? "Snart 13 år: dags för egen e-legitimation" : "Påminnelse: snart 13 år";
        yield return new HubMessageRequested(
            child,
            $"birthday:{child}:{stage}:child",
            subject,
            $"Du fyller 13 år {when}. Då kan dina vårdnadshavare inte längre använda e-tjänsterna åt dig, och du loggar in med en egen e-legitimation. " +
            "Mobilnummer och e-postadress för aviseringar tas då bort och behöver fyllas i igen.");
        var name = string.IsNullOrWhiteSpace(childName) ? "ditt barn" : childName;
        foreach (var guardian in guardians)
        {
            yield return new HubMessageRequested(
                guardian,
                $"birthday:{child}:{stage}:guardian:{guardian}",
                subject,
                $"{name} fyller 13 år {when}. Då upphör din möjlighet att använda e-tjänsterna för barnet, som i stället behöver en egen e-legitimation.");
        }
    }

    public static HubMessageRequested TurnedThirteen(string child) => new(
        child,
        $"birthday:{child}:{BirthdayStages.Birthday}:child",
        "Nu har du fyllt 13 år",
        "Grattis! Nu när du har fyllt 13 år kan dina vårdnadshavare inte längre använda e-tjänsterna åt dig eller läsa dina meddelanden. " +
        "Mobilnummer och e-postadress för aviseringar har tagits bort från ditt konto: fyll i dem igen under Inställningar om du vill få aviseringar.");
}
