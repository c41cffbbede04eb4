namespace IntegrationHub.Simulators.PopulationRegistry;

/// <summary>
/// A person in the simulated population registry, shaped as the body of API.md's <c>PUT /sim/population/persons</c>
/// (<c>{personnummer, givenName, familyName, birthDate?, deceased?, protection?, region, guardians?, listing?}</c>).
/// </summary>
public sealed record SimulatedPerson
{
    /// <summary>12 digits; a personnummer or a samordningsnummer with a valid check digit.</summary>
    public required string Personnummer { get; init; }

    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    /// <summary>The birth date; when null, the one the personnummer gives.</summary>
    public DateOnly? BirthDate { get; init; }

    public bool? Deceased { get; init; }

    /// <summary>Null is <see cref="SimulatedProtection.None"/>.</summary>
    public SimulatedProtection? Protection { get; init; }

    /// <summary>The county code of registration, "01".."25".</summary>
    public required string Region { get; init; }

    /// <summary>The personnummer of the person's guardians (vårdnadshavare), 12 digits each.</summary>
    public IReadOnlyList<string>? Guardians { get; init; }

    /// <summary>The primary-care unit where the person is listed; null when not listed.</summary>
    public SimulatedListing? Listing { get; init; }
}
