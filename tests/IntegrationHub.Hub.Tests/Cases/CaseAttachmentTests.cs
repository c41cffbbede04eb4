using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>CS5, CS6: hostile files. The type is judged from the bytes, the size while streaming, the count per message.</summary>
public sealed class CaseAttachmentTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    private const long TwentyMegabytes = 20L * 1024 * 1024;

    [Fact]
    [Trait("Rule", "CS5")]
    [Trait("Rule", "CS6")]
    public async Task Submit_PngRenamedPdf_IsKeptAsPngAndDownloadedAsAttachment()
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            var id = await CaseDesk.SubmittedAsync(resident, clinic, files: [("intyg.pdf", Files.Png())]);

            var attachment = (await resident.GetJsonAsync($"/api/cases/{id}")).GetProperty("messages")[0].GetProperty("attachments")[0];
            Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
            Assert.Equal("intyg.png", attachment.GetProperty("fileName").GetString());
            using var download = await resident.GetAsync($"/api/cases/{id}/attachments/{attachment.GetProperty("id").GetString()}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
            Assert.Equal(Files.Png(), await download.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Submit_PdfRenamedPng_IsKeptAsPdf()
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            var id = await CaseDesk.SubmittedAsync(resident, clinic, files: [("bild.png", Files.Pdf()), ("foto.jpeg", Files.Jpeg())]);

            var attachments = (await resident.GetJsonAsync($"/api/cases/{id}")).GetProperty("messages")[0].GetProperty("attachments");
            Assert.Equal("application/pdf", attachments[0].GetProperty("contentType").GetString());
            Assert.Equal("image/jpeg", attachments[1].GetProperty("contentType").GetString());
        }
    }

    [Theory]
    [Trait("Rule", "CS5")]
    [InlineData("program.jpg")]
    [InlineData("program.exe")]
    public async Task Submit_ExecutableWhateverItsName_Returns415AndCreatesNoCase(string name)
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            using var response = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Se bilaga"), [(name, Files.Executable())]);

            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.UnsupportedMediaType, "file_type_not_allowed");
            Assert.Empty((await resident.GetJsonAsync("/api/cases")).GetProperty("cases").EnumerateArray());
        }
    }

    /// <summary>Decided: a zero-byte file has no type, so it is refused as one (415 file_type_not_allowed).</summary>
    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Submit_ZeroByteFile_Returns415()
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            using var response = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Tom fil"), [("tom.pdf", [])]);

            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.UnsupportedMediaType, "file_type_not_allowed");
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Submit_TwentyMegabytesPlusOneByte_Returns413_ExactlyTwentyIsAccepted()
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            using var tooLarge = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Stor fil"), [("stor.pdf", Files.PdfOfSize(TwentyMegabytes + 1))]);
            await ProblemAssert.HasCodeAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "file_too_large");

            using var largest = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Precis lagom"), [("lagom.pdf", Files.PdfOfSize(TwentyMegabytes))]);
            Assert.Equal(HttpStatusCode.Created, largest.StatusCode);
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Submit_SixFilesFromResident_Returns400TooManyFiles_FiveAccepted()
    {
        var (desk, clinic, _, resident) = await SetUpAsync();
        using (desk)
        {
            using var six = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Sex bilder"), Files.Pngs(6));
            await ProblemAssert.HasCodeAsync(six, HttpStatusCode.BadRequest, "too_many_files");

            using var five = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Fem bilder"), Files.Pngs(5));
            Assert.Equal(HttpStatusCode.Created, five.StatusCode);
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Answer_ElevenFilesFromStaff_Returns400TooManyFiles_TenAccepted()
    {
        var (desk, clinic, staff, resident) = await SetUpAsync();
        using (desk)
        {
            var id = await CaseDesk.SubmittedAsync(resident, clinic);
            await AssignAsync(staff.Receiver, id, staff.HandlerId);

            using var eleven = await CaseDesk.PostMessageAsync(staff.Handler, $"/staff/cases/{id}/answer", "Se bilagorna", Files.Pngs(11));
            await ProblemAssert.HasCodeAsync(eleven, HttpStatusCode.BadRequest, "too_many_files");

            using var ten = await CaseDesk.PostMessageAsync(staff.Handler, $"/staff/cases/{id}/answer", "Se bilagorna", Files.Pngs(10));
            Assert.Equal(HttpStatusCode.Created, ten.StatusCode);
            var messages = (await resident.GetJsonAsync($"/api/cases/{id}")).GetProperty("messages");
            Assert.Equal(2, messages.GetArrayLength());
            Assert.Equal(10, messages[1].GetProperty("attachments").GetArrayLength());
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Submit_CaseTypeWithoutAttachments_Returns400AttachmentsNotAllowed()
    {
        var (desk, clinic, staff, resident) = await SetUpAsync();
        using (desk)
        {
            await CaseDesk.ConfigureAsync(staff.Admin, clinic, "journal-copy", attachmentsAllowed: false);

            using var response = await CaseDesk.SubmitAsync(resident, new { clinicId = clinic, caseType = "journal-copy", fields = new { } }, [("a.png", Files.Png())]);

            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "attachments_not_allowed");
        }
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Assign_ReceiverFilesWithoutPartialAnswer_Returns400_WithPartialAnswerAccepted()
    {
        var (desk, clinic, staff, resident) = await SetUpAsync();
        using (desk)
        {
            var id = await CaseDesk.SubmittedAsync(resident, clinic);

            using var bare = await CaseDesk.PostMessageAsync(staff.Receiver, $"/staff/cases/{id}/assign", string.Empty, [("a.png", Files.Png())], "assign", new { handlerHsaId = staff.HandlerId });
            await ProblemAssert.HasCodeAsync(bare, HttpStatusCode.BadRequest, "attachments_not_allowed");

            using var partial = await CaseDesk.PostMessageAsync(staff.Receiver, $"/staff/cases/{id}/assign", string.Empty, [("a.png", Files.Png())], "assign", new { handlerHsaId = staff.HandlerId, partialAnswer = "Vi återkommer." });
            Assert.Equal(HttpStatusCode.NoContent, partial.StatusCode);
            var messages = (await resident.GetJsonAsync($"/api/cases/{id}")).GetProperty("messages");
            Assert.Equal("partial-answer", messages[1].GetProperty("kind").GetString());
            Assert.Equal(1, messages[1].GetProperty("attachments").GetArrayLength());
        }
    }

    internal static async Task AssignAsync(HubClient receiver, string id, string handler)
    {
        using var response = await receiver.PostAsync($"/staff/cases/{id}/assign", new { handlerHsaId = handler });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"assign: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<(CaseDesk Desk, string Clinic, (HubClient Admin, HubClient Receiver, HubClient Handler, string HandlerId) Staff, HubClient Resident)> SetUpAsync()
    {
        var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse", attachmentsAllowed: true);
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        return (desk, clinic, (admin.Browser, receiver.Browser, handler.Browser, handler.HsaId), resident);
    }
}
