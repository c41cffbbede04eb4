using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Appointments;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Contracts.Start;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The account's part of the start page (HO3) and the appointments regional booking services feed it.</summary>
internal sealed partial class ResidentAccountGrain
{
    public Task<AccountOverview> GetOverviewAsync(string? guardian)
    {
        var age = AgeNow();
        var services = HopOutService.All.Values
            .Select(service =>
            {
                var check = new AccountAccessCheck(AccessArea.HopOut, service.Name, guardian);
                var verdict = guardian is null ? AccountAccessRules.ForSelf(Account, check, age) : AccountAccessRules.ForGuardian(Account, check, guardian);
                return new StartService(service.Name, verdict.Allowed, verdict.Allowed ? null : verdict.Code, service.MinimumAge > 0 ? service.MinimumAge : null);
            })
            .ToList();

        // Today's and later appointments, soonest first; a mistake the booking service withdrew is no appointment.
        var today = StockholmTime.DateOf(Clock.GetUtcNow());
        var appointments = Account.Appointments.Values
            .Where(a => a.Start is { } start && AppointmentStatuses.Shown(a.Status) && StockholmTime.DateOf(start) >= today)
            .OrderBy(a => a.Start)
            .Select(a => new StartAppointment(a.Start!.Value, a.ClinicName, a.Status, a.Description))
            .ToList();
        return Task.FromResult(new AccountOverview(
            DisplayName,
            age,
            Account.Listing,
            appointments,
            services,
            new ContactDetails(Account.Mobile, Account.Email),
            ThirteenthBirthday()));
    }

    public async Task<bool> ApplyAppointmentAsync(AppointmentUpdate update)
    {
        if (Account.Appointments.TryGetValue(update.Key, out var held) && held.UpdatedAt >= update.UpdatedAt)
        {
            // An older (or repeated) update never overwrites a newer one: booking services may deliver out of order.
            return false;
        }

        Account.Appointments[update.Key] = update;
        Audit(Clock.GetUtcNow(), "appointment", AuditTrail.Client, update.Source, update.ClinicId, "success", update.Status);
        await CommitAsync();
        return true;
    }

    public Task<IReadOnlyList<AppointmentUpdate>> GetAppointmentsAsync() =>
        Task.FromResult<IReadOnlyList<AppointmentUpdate>>([.. Account.Appointments.Values.OrderBy(a => a.Start)]);
}
