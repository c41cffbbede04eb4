using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Identity.Tokens;

/// <summary>The outcome of <see cref="JwtValidator.ValidateAsync"/>: claims, or a failure reason.</summary>
public sealed class JwtValidationResult
{
    private JwtValidationResult(JwtValidationFailure failure, JwtClaims? claims)
    {
        Failure = failure;
        Claims = claims;
    }

    /// <summary>True when the token passed every check.</summary>
    [MemberNotNullWhen(true, nameof(Claims))]
    public bool IsValid => Failure == JwtValidationFailure.None;

    /// <summary><see cref="JwtValidationFailure.None"/> when valid.</summary>
    public JwtValidationFailure Failure { get; }

    /// <summary>The claims when valid, else null.</summary>
    public JwtClaims? Claims { get; }

    /// <summary>The failure only, never the token's contents.</summary>
    public override string ToString() => IsValid ? "JwtValidationResult { Valid }" : $"JwtValidationResult {{ Failure = {Failure} }}";

    internal static JwtValidationResult Valid(JwtClaims claims) => new(JwtValidationFailure.None, claims);

    internal static JwtValidationResult Fail(JwtValidationFailure failure) => new(failure, null);
}
