namespace IntegrationHub.Identity.Login;

/// <summary>The outcome of <see cref="ResidentLoginEligibility"/>. Its ToString masks the personnummer.</summary>
/// <param name="Refusal">None when eligible.</param>
/// <param name="Personnummer">The parsed personnummer; empty when the identity number was refused.</param>
public readonly record struct ResidentLoginDecision(ResidentLoginRefusal Refusal, Personnummer Personnummer)
{
    /// <summary>True when the login may go on to the registry checks.</summary>
    public bool IsEligible => Refusal == ResidentLoginRefusal.None;

    /// <summary>The API error code of the refusal, or null when eligible.</summary>
    public string? ErrorCode => Refusal switch
    {
        ResidentLoginRefusal.None => null,
        ResidentLoginRefusal.InvalidIdentityNumber => IdentityErrorCodes.InvalidIdentityNumber,
        ResidentLoginRefusal.SamordningsnummerNotAccepted => IdentityErrorCodes.SamordningsnummerNotAccepted,
        ResidentLoginRefusal.ReservnummerNotAccepted => IdentityErrorCodes.ReservnummerNotAccepted,
        ResidentLoginRefusal.EIdNotAccepted => IdentityErrorCodes.EIdNotAccepted,
        _ => throw new InvalidOperationException("Unknown refusal."),
    };
}
