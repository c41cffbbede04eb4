namespace IntegrationHub.Domain.Attachments;

/// <summary>Who attaches: the limits per message differ (CS5).</summary>
public enum AttachmentSender
{
    /// <summary>A resident, or a guardian in proxy mode: at most 5 files per message.</summary>
    Resident,

    /// <summary>A case receiver or case handler: at most 10 files per message.</summary>
    Staff,
}
