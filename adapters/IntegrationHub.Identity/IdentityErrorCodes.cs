namespace IntegrationHub.Identity;

/// <summary>The machine-readable <c>code</c> members of API.md for identity refusals.</summary>
public static class IdentityErrorCodes
{
    /// <summary>400: the identity number is malformed (ID1).</summary>
    public const string InvalidIdentityNumber = "invalid_identity_number";

    /// <summary>403: a samordningsnummer cannot log in (ID1).</summary>
    public const string SamordningsnummerNotAccepted = "samordningsnummer_not_accepted";

    /// <summary>403: a reservnummer cannot log in (ID1).</summary>
    public const string ReservnummerNotAccepted = "reservnummer_not_accepted";

    /// <summary>403: the e-identification method is not accepted (ID2).</summary>
    public const string EIdNotAccepted = "eid_not_accepted";

    /// <summary>The API code for an identity number error, or null for <see cref="IdentityNumberError.None"/>.</summary>
    public static string? For(IdentityNumberError error) => error switch
    {
        IdentityNumberError.None => null,
        IdentityNumberError.InvalidIdentityNumber => InvalidIdentityNumber,
        IdentityNumberError.SamordningsnummerNotAccepted => SamordningsnummerNotAccepted,
        IdentityNumberError.ReservnummerNotAccepted => ReservnummerNotAccepted,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };
}
