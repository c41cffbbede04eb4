namespace IntegrationHub.Domain.Locks;

/// <summary>Why a resident's login is locked (LK11). The API spells each as in <see cref="LockReasonCodes"/>.</summary>
public enum LockReasonCode
{
    /// <summary><c>violence</c>: våldsutsatthet.</summary>
    Violence,

    /// <summary><c>legal-investigation</c>: rättslig utredning.</summary>
    LegalInvestigation,

    /// <summary><c>need-to-hide</c>: behov av att vara gömd.</summary>
    NeedToHide,

    /// <summary><c>child-integrity</c>: barnets integritet måste skyddas.</summary>
    ChildIntegrity,

    /// <summary><c>eid-compromised</c>: someone else has, or is suspected of having, access to the e-identification.</summary>
    EidCompromised,

    /// <summary><c>coerced-login</c>: the resident is forced under threat to log in and show care information.</summary>
    CoercedLogin,

    /// <summary><c>breakout-planning</c>: preventing the planning of a breakout of a detained or imprisoned person.</summary>
    BreakoutPlanning,

    /// <summary><c>misuse-threats</c>: misuse through threats or harassment of staff.</summary>
    MisuseThreats,

    /// <summary><c>misuse-booking</c>: misuse by booking unreasonably many appointments.</summary>
    MisuseBooking,

    /// <summary><c>other</c>: another reason, stated in the note (required).</summary>
    Other,
}
