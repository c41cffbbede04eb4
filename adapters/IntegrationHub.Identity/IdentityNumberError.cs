namespace IntegrationHub.Identity;

/// <summary>Why a string was not accepted as a resident's personnummer (ID1). Codes: <see cref="IdentityErrorCodes"/>.</summary>
public enum IdentityNumberError
{
    /// <summary>Accepted.</summary>
    None = 0,

    /// <summary>Malformed: wrong length, not digits, no real date, wrong check digit. <c>invalid_identity_number</c> (400).</summary>
    InvalidIdentityNumber = 1,

    /// <summary>A well-formed samordningsnummer. <c>samordningsnummer_not_accepted</c> (403).</summary>
    SamordningsnummerNotAccepted = 2,

    /// <summary>A number in one of the known reservnummer shapes. <c>reservnummer_not_accepted</c> (403).</summary>
    ReservnummerNotAccepted = 3,
}
