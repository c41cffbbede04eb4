namespace IntegrationHub.Identity.Login;

/// <summary>Why a resident's login is refused before any registry is asked (ID1, ID2).</summary>
public enum ResidentLoginRefusal
{
    /// <summary>Eligible: go on to the population registry (ID3) and the lock (ID4).</summary>
    None = 0,

    /// <summary>400 <c>invalid_identity_number</c>.</summary>
    InvalidIdentityNumber = 1,

    /// <summary>403 <c>samordningsnummer_not_accepted</c>.</summary>
    SamordningsnummerNotAccepted = 2,

    /// <summary>403 <c>reservnummer_not_accepted</c>.</summary>
    ReservnummerNotAccepted = 3,

    /// <summary>403 <c>eid_not_accepted</c>.</summary>
    EIdNotAccepted = 4,
}
