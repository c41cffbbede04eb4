namespace IntegrationHub.Simulators.IdentityProvider;

/// <summary>
/// The claims of the simulated identity provider's assertions (compact JWS, ES256, header <c>kid</c>). The hub
/// must read <see cref="Subject"/> (the personnummer or HSA-id, exactly as given: the provider signs any string)
/// and <see cref="Method"/>, and check <c>iss</c>, <c>aud</c>, <c>exp</c>, <c>nbf</c>, <c>iat</c> as
/// <c>JwtValidator</c> (IntegrationHub.Identity.Tokens) does. Also present: <c>jti</c> (random, for replay checks).
/// </summary>
public static class AssertionClaims
{
    /// <summary><c>sub</c>: a resident's personnummer (12 digits) or a staff member's HSA-id.</summary>
    public const string Subject = "sub";

    /// <summary>
    /// <c>method</c>, a string: the e-identification method of a resident (<c>bankid</c>, <c>freja-eid-plus</c> or
    /// whatever was asked for) or <see cref="SithsMethod"/> for staff.
    /// </summary>
    public const string Method = "method";

    /// <summary>The <see cref="Method"/> of a staff assertion (a SITHS card).</summary>
    public const string SithsMethod = "siths";
}
