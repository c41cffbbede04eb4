using IntegrationHub.Domain.Attachments;

namespace IntegrationHub.Domain.Tests.Attachments;

public sealed class AttachmentLimitsTests
{
    [Fact]
    [Trait("Rule", "CS5")]
    public void MaxFileBytes_Is20MegabytesInBinaryUnits()
    {
        Assert.Equal(20_971_520, AttachmentLimits.MaxFileBytes);
    }

    [Theory]
    [Trait("Rule", "CS5")]
    [InlineData(AttachmentSender.Resident, 5, null)]
    [InlineData(AttachmentSender.Resident, 6, AttachmentFailure.TooManyFiles)]
    [InlineData(AttachmentSender.Staff, 10, null)]
    [InlineData(AttachmentSender.Staff, 11, AttachmentFailure.TooManyFiles)]
    [InlineData(AttachmentSender.Resident, 0, null)]
    public void CheckFileCount_AgainstTheSendersLimit_RefusesOnlyAboveIt(AttachmentSender sender, int count, AttachmentFailure? expected)
    {
        Assert.Equal(expected, AttachmentLimits.CheckFileCount(sender, count, caseTypeAllowsAttachments: true));
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public void CheckFileCount_ResidentWhereClinicAllowsNoAttachments_NotAllowed()
    {
        var failure = AttachmentLimits.CheckFileCount(AttachmentSender.Resident, 1, caseTypeAllowsAttachments: false);

        Assert.Equal(AttachmentFailure.NotAllowed, failure);
        Assert.Equal("attachments_not_allowed", failure!.Value.ToErrorCode());
        Assert.Equal(400, failure.Value.ToStatusCode());
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public void CheckFileCount_ResidentWithoutFilesWhereNoneAllowed_Fine()
    {
        Assert.Null(AttachmentLimits.CheckFileCount(AttachmentSender.Resident, 0, caseTypeAllowsAttachments: false));
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public void CheckFileCount_StaffAnswerOnCaseTypeWithoutResidentAttachments_Allowed()
    {
        Assert.Null(AttachmentLimits.CheckFileCount(AttachmentSender.Staff, 3, caseTypeAllowsAttachments: false));
    }

    [Fact]
    public void ToErrorCode_TooManyFiles_MatchesTheApi()
    {
        Assert.Equal("too_many_files", AttachmentFailure.TooManyFiles.ToErrorCode());
    }
}
