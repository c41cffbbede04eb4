namespace IntegrationHub.Domain.Cases;

/// <summary>The case type ids of API.md: ten national types and <c>custom-{name}</c> for a clinic's own (CS2).</summary>
public static class CaseTypeIds
{
    public const string CancelRebook = "cancel-rebook";
    public const string RequestAppointment = "request-appointment";
    public const string RequestCertificate = "request-certificate";
    public const string JournalCopy = "journal-copy";
    public const string AskNurse = "ask-nurse";
    public const string ExtendSickLeave = "extend-sick-leave";
    public const string RenewPrescription = "renew-prescription";
    public const string RenewAids = "renew-aids";
    public const string ContactMe = "contact-me";
    public const string Advice = "advice";

    public const string CustomPrefix = "custom-";

    /// <summary>Longest accepted custom id, prefix included.</summary>
    public const int MaxCustomIdLength = 64;

    /// <summary>
    /// Whether <paramref name="id"/> is a well-formed clinic type id: <c>custom-</c> followed by lowercase ASCII
    /// letters and digits in hyphen-separated words (<c>custom-vaccination</c>, <c>custom-travel-vaccine-2</c>).
    /// </summary>
    public static bool IsWellFormedCustom(string? id)
    {
        if (id is null || id.Length > MaxCustomIdLength || !id.StartsWith(CustomPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var name = id.AsSpan(CustomPrefix.Length);
        if (name.IsEmpty || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && name[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
