using System.Collections.Frozen;

namespace IntegrationHub.Domain.Locks;

/// <summary>The reason codes of the lock API and the Swedish wording for the register and the journal note.</summary>
public static class LockReasonCodes
{
    public const string Violence = "violence";
    public const string LegalInvestigation = "legal-investigation";
    public const string NeedToHide = "need-to-hide";
    public const string ChildIntegrity = "child-integrity";
    public const string EidCompromised = "eid-compromised";
    public const string CoercedLogin = "coerced-login";
    public const string BreakoutPlanning = "breakout-planning";
    public const string MisuseThreats = "misuse-threats";
    public const string MisuseBooking = "misuse-booking";
    public const string Other = "other";

    /// <summary>The error code for any refused reason (API.md).</summary>
    public const string NotAcceptedErrorCode = "reason_not_accepted";

    private static readonly FrozenDictionary<string, LockReasonCode> ByCode = new Dictionary<string, LockReasonCode>
    {
        [Violence] = LockReasonCode.Violence,
        [LegalInvestigation] = LockReasonCode.LegalInvestigation,
        [NeedToHide] = LockReasonCode.NeedToHide,
        [ChildIntegrity] = LockReasonCode.ChildIntegrity,
        [EidCompromised] = LockReasonCode.EidCompromised,
        [CoercedLogin] = LockReasonCode.CoercedLogin,
        [BreakoutPlanning] = LockReasonCode.BreakoutPlanning,
        [MisuseThreats] = LockReasonCode.MisuseThreats,
        [MisuseBooking] = LockReasonCode.MisuseBooking,
        [Other] = LockReasonCode.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every accepted code, in the order of API.md.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Violence, LegalInvestigation, NeedToHide, ChildIntegrity, EidCompromised, CoercedLogin, BreakoutPlanning,
        MisuseThreats, MisuseBooking, Other,
    ];

    /// <summary>The code for an exact (case-sensitive) API spelling; false for anything else.</summary>
    public static bool TryParse(string? code, out LockReasonCode reason) =>
        ByCode.TryGetValue(code ?? string.Empty, out reason);

    public static string ToCode(this LockReasonCode reason) => reason switch
    {
        LockReasonCode.Violence => Violence,
        LockReasonCode.LegalInvestigation => LegalInvestigation,
        LockReasonCode.NeedToHide => NeedToHide,
        LockReasonCode.ChildIntegrity => ChildIntegrity,
        LockReasonCode.EidCompromised => EidCompromised,
        LockReasonCode.CoercedLogin => CoercedLogin,
        LockReasonCode.BreakoutPlanning => BreakoutPlanning,
        LockReasonCode.MisuseThreats => MisuseThreats,
        LockReasonCode.MisuseBooking => MisuseBooking,
        LockReasonCode.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The reason in the words of the regional guideline, for the lock register.</summary>
    public static string ToSwedish(this LockReasonCode reason) => reason switch
    {
        LockReasonCode.Violence => "Våldsutsatthet",
        LockReasonCode.LegalInvestigation => "Rättslig utredning",
        LockReasonCode.NeedToHide => "Behov av att vara gömd",
        LockReasonCode.ChildIntegrity => "Barnets integritet måste skyddas",
        LockReasonCode.EidCompromised => "Misstanke om att någon annan har tillgång till e-legitimationen",
        LockReasonCode.CoercedLogin => "Tvingas under hot att logga in och visa sin vårdinformation",
        LockReasonCode.BreakoutPlanning => "Förhindra planering av fritagning av häktad eller fängslad",
        LockReasonCode.MisuseThreats => "Missbruk: hot eller trakasserier mot vårdpersonal",
        LockReasonCode.MisuseBooking => "Missbruk: bokar upp orimligt många tider",
        LockReasonCode.Other => "Annat skäl",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
