namespace IntegrationHub.Identity.Login;

/// <summary>
/// The checks on a resident's login assertion that need no registry: a Swedish personnummer (ID1) and an accepted
/// e-identification, BankID or Freja eID Plus (ID2). Children log in with their own e-identification at any age
/// (ID2); protected personal data changes nothing (ID7). The identity number is judged first, so a malformed
/// number is a 400 whatever the method.
/// </summary>
public static class ResidentLoginEligibility
{
    /// <summary>True for <c>bankid</c> and <c>freja-eid-plus</c> (compared ignoring ASCII case).</summary>
    public static bool IsAcceptedMethod(string? method) =>
        string.Equals(method, EIdentificationMethods.BankId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, EIdentificationMethods.FrejaEIdPlus, StringComparison.OrdinalIgnoreCase);

    /// <summary>Judges the raw identity number (strict 12 digits) and the method from the assertion.</summary>
    public static ResidentLoginDecision Evaluate(string? identityNumber, string? method)
    {
        if (!Personnummer.TryParse(identityNumber, out var personnummer, out var error))
        {
            return new ResidentLoginDecision(
                error switch
                {
                    IdentityNumberError.SamordningsnummerNotAccepted => ResidentLoginRefusal.SamordningsnummerNotAccepted,
                    IdentityNumberError.ReservnummerNotAccepted => ResidentLoginRefusal.ReservnummerNotAccepted,
                    _ => ResidentLoginRefusal.InvalidIdentityNumber,
                },
                default);
        }

        return Evaluate(personnummer, method);
    }

    /// <summary>Judges an already parsed number (which may be a samordningsnummer) and the method.</summary>
    public static ResidentLoginDecision Evaluate(Personnummer personnummer, string? method)
    {
        if (personnummer.IsEmpty)
        {
            return new ResidentLoginDecision(ResidentLoginRefusal.InvalidIdentityNumber, default);
        }

        if (personnummer.Kind != IdentityNumberKind.Personnummer)
        {
            return new ResidentLoginDecision(ResidentLoginRefusal.SamordningsnummerNotAccepted, default);
        }

        return IsAcceptedMethod(method)
            ? new ResidentLoginDecision(ResidentLoginRefusal.None, personnummer)
            : new ResidentLoginDecision(ResidentLoginRefusal.EIdNotAccepted, personnummer);
    }
}
