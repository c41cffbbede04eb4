namespace IntegrationHub.Identity;

/// <summary>What kind of Swedish identity number a string is.</summary>
public enum IdentityNumberKind
{
    /// <summary>An ordinary personnummer from the population registry (folkbokföringen).</summary>
    Personnummer = 0,

    /// <summary>A samordningsnummer: the birth day plus 60, for people not registered in Sweden.</summary>
    Samordningsnummer = 1,

    /// <summary>A regional reservnummer (see <see cref="Personnummer"/> for the detection rule).</summary>
    Reservnummer = 2,
}
