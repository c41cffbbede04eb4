using System.Globalization;
using IntegrationHub.Grains.Contracts.Start;
using IntegrationHub.Identity;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>The pages' words for API.md's codes, in plain Swedish (klarspråk): what happened and what one can do.</summary>
internal static class Words
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["invalid_identity_number"] = "Personnumret är inte giltigt. Skriv det med tolv siffror, till exempel 191212121212.",
        ["samordningsnummer_not_accepted"] = "Du kan inte logga in med ett samordningsnummer. Inloggning kräver ett svenskt personnummer.",
        ["reservnummer_not_accepted"] = "Du kan inte logga in med ett reservnummer. Inloggning kräver ett svenskt personnummer.",
        ["eid_not_accepted"] = "Den e-legitimationen går inte att använda här. Logga in med BankID eller Freja eID+.",
        ["invalid_assertion"] = "Inloggningen kunde inte bekräftas. Försök igen.",
        ["login_refused"] = "Det går inte att logga in på det här kontot. Kontakta din vårdcentral eller 1177:s support om du behöver hjälp.",
        ["registry_unavailable"] = "Folkbokföringen svarar inte just nu. Försök igen om en stund.",
        ["directory_unavailable"] = "Katalogen över mottagningar och personal svarar inte just nu. Försök igen om en stund.",
        ["not_in_hsa"] = "Du finns inte i HSA-katalogen och kan därför inte logga in.",
        ["not_guardian"] = "Enligt folkbokföringen är du inte vårdnadshavare för barnet.",
        ["child_too_old"] = "Barnet har fyllt 13 år. Ombudsbehörighet gäller bara för barn under 13 år.",
        ["protected_identity"] = "Det går inte att bli ombud för det här barnet.",
        ["account_inactive"] = "Kontot är inte aktivt.",
        ["account_locked"] = "Barnets konto är spärrat. Du kan inte använda e-tjänsterna för barnet just nu.",
        ["no_active_proxy"] = "Du är inte längre ombud för barnet. Du använder nu ditt eget konto.",
        ["invalid_contact"] = "Mobilnumret eller e-postadressen är inte giltig. Skriv mobilnumret som 070-123 45 67 eller +46701234567.",
        ["invalid_form"] = "Några uppgifter saknas eller är felaktiga. Se markeringarna i formuläret.",
        ["too_many_files"] = "Du har valt för många filer. Invånare kan bifoga högst 5 filer och personal högst 10 per meddelande.",
        ["attachments_not_allowed"] = "Mottagningen tar inte emot bifogade filer för den här typen av ärende.",
        ["file_too_large"] = "En fil är för stor. Varje fil får vara högst 20 MB.",
        ["file_type_not_allowed"] = "Filen är inte av en tillåten typ. Du kan bifoga PDF, JPEG, PNG och GIF. Typen avgörs av filens innehåll, inte av dess namn.",
        ["case_type_not_for_proxy"] = "Den här typen av ärende går inte att skicka som ombud.",
        ["case_closed"] = "Ärendet är avslutat. Det går inte att skriva mer i det.",
        ["not_found"] = "Sidan eller ärendet finns inte.",
        ["not_authorised"] = "Du har inte behörighet att göra det här.",
        ["recipient_unavailable"] = "Invånarens konto är spärrat eller inaktivt. Det går inte att skicka något till det.",
        ["reason_not_accepted"] = "Skälet godtas inte för en spärr. Välj ett av skälen i listan, eller Annat skäl med en förklaring.",
        ["not_authorised_to_decide"] = "Du har inte behörighet att besluta om den här begäran.",
        ["wrong_region"] = "Beslutet fattas av regionen där invånaren är folkbokförd.",
        ["not_authorised_to_execute"] = "Du har inte behörighet att verkställa den här begäran.",
        ["invalid_request"] = "Uppgifterna kunde inte läsas. Kontrollera dem och försök igen.",
        ["residents_only"] = "Sidan är till för invånare. Logga in med BankID eller Freja eID+.",
        ["staff_only"] = "Sidan är till för vårdpersonal. Logga in med SITHS-kort.",
        ["form_expired"] = "Formuläret hade gått ut. Försök igen.",
        ["logged_out"] = "Du är utloggad. Stäng webbläsaren om du använder en delad dator.",
        ["idle"] = "Du har loggats ut eftersom du inte har gjort något på 60 minuter.",
    };

    private static readonly Dictionary<string, string> ServiceNames = new(StringComparer.Ordinal)
    {
        ["journal"] = "Journalen",
        ["medications"] = "Läkemedel",
        ["samples"] = "Egen provhantering",
        ["support"] = "Stöd och behandling",
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["new"] = "Skickat, väntar på mottagningen",
        ["assigned"] = "Hanteras av mottagningen",
        ["answered"] = "Besvarat",
        ["awaiting-reply"] = "Mottagningen väntar på ditt svar",
        ["closed"] = "Avslutat",
    };

    private static readonly Dictionary<string, string> StaffStatuses = new(StringComparer.Ordinal)
    {
        ["new"] = "Nytt",
        ["assigned"] = "Tilldelat",
        ["answered"] = "Besvarat",
        ["awaiting-reply"] = "Väntar på invånaren",
        ["closed"] = "Avslutat",
    };

    private static readonly Dictionary<string, string> ProxyEndings = new(StringComparer.Ordinal)
    {
        ["child-turned-13"] = "barnet har fyllt 13 år och loggar nu in själv",
        ["custody-ended"] = "du är inte längre vårdnadshavare enligt folkbokföringen",
        ["deceased"] = "barnet har avlidit",
        ["ended-by-guardian"] = "du avslutade det",
        ["relationship-ended"] = "ombudskapet har upphört",
    };

    public static string Refusal(string? code) =>
        code is not null && Refusals.TryGetValue(code, out var text) ? text : "Något gick fel. Försök igen om en stund.";

    public static string Service(string name) => ServiceNames.TryGetValue(name, out var text) ? text : name;

    /// <summary>Why a hop-out service cannot be used now (HO2, YT1, YT2, PX4, JR1, JR2).</summary>
    public static string ServiceReason(StartService service) => service.Reason switch
    {
        "age_limit" => $"Du kan använda {Service(service.Name).ToLower(Swedish)} från {service.FromAge} års ålder.",
        "journal_sealed" => "Journalen är spärrad (försegling) och kan inte visas här.",
        "guardian_blocked" => "Vårdgivaren har spärrat vårdnadshavares åtkomst till barnets journal.",
        "service_not_for_proxy" => "Tjänsten går inte att använda som ombud.",
        "account_locked" => "Barnets konto är spärrat.",
        _ => "Tjänsten går inte att använda just nu.",
    };

    public static string Status(string status) => Statuses.TryGetValue(status, out var text) ? text : status;

    public static string StaffStatus(string status) => StaffStatuses.TryGetValue(status, out var text) ? text : status;

    public static string ProxyEnded(string? reason) => reason is not null && ProxyEndings.TryGetValue(reason, out var text) ? text : "ombudskapet har upphört";

    public static string Notice(StartNotice notice) => notice.Code switch
    {
        StartNoticeCodes.ProxyEndsAt13 => $"Din ombudsbehörighet för {notice.Name} upphör {Date(notice.Date)}, när barnet fyller 13 år. Då behöver barnet en egen e-legitimation.",
        StartNoticeCodes.ActingProxyEndsAt13 => $"Ombudsbehörigheten för {notice.Name} upphör {Date(notice.Date)}, när barnet fyller 13 år.",
        StartNoticeCodes.NoContacts => notice.Name is null
            ? "Du har inte angett mobilnummer eller e-postadress. Då får du ingen avisering när du får ett nytt meddelande."
            : $"Inget mobilnummer eller e-postadress finns för {notice.Name}. Då aviseras ingen om nya meddelanden.",
        _ => notice.Code,
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Swedish) ?? string.Empty;

    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, StockholmTime.Zone).ToString("d MMMM yyyy 'kl.' HH:mm", Swedish);

    public static string Kind(string senderKind) => senderKind switch
    {
        "resident" => "Invånare",
        "staff" => "Mottagningen",
        "hub" => "1177",
        "regional" => "Regionen",
        _ => senderKind,
    };
}
