namespace IntegrationHub.Domain.Contacts;

/// <summary>Checks the body of <c>PUT /api/me/settings</c> <c>{mobile?, email?}</c>.</summary>
public static class ContactDetailsValidator
{
    public const string InvalidContactErrorCode = "invalid_contact";

    /// <summary>
    /// Normalises both values. Null or blank means "no such contact" and is valid (it clears a stored one, if the
    /// caller so decides); anything else must be a Swedish mobile number or an e-mail address, else the result
    /// carries <c>invalid_contact</c> and the failing fields.
    /// </summary>
    public static ContactDetailsResult Validate(string? mobile, string? email)
    {
        var invalid = new List<string>(2);
        string? normalisedMobile = null;
        string? normalisedEmail = null;
        if (!string.IsNullOrWhiteSpace(mobile))
        {
            if (SwedishMobileNumber.TryNormalise(mobile, out var e164))
            {
                normalisedMobile = e164;
            }
            else
            {
                invalid.Add("mobile");
            }
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            if (EmailAddress.TryNormalise(email, out var address))
            {
                normalisedEmail = address;
            }
            else
            {
                invalid.Add("email");
            }
        }

        return invalid.Count == 0
            ? ContactDetailsResult.Valid(new ContactDetails(normalisedMobile, normalisedEmail))
            : ContactDetailsResult.Invalid(invalid);
    }
}
