using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Tests.Schema;

/// <summary>
/// A second opinion beside Firely's validator: validates resources against the official FHIR R4 JSON schema by running <c>node tests/fhir-validator/validate.js</c>
/// once for any number of resources (the machine has two cores: batch, do not call it per resource). Fails the test,
/// never skips it, when Node.js or the validator's node_modules are missing.
/// </summary>
public sealed class FhirSchemaValidator
{
    public const string InstallCommand = "npm ci --prefix tests/fhir-validator";

    private static readonly JsonSerializerOptions ReportOptions = new(JsonSerializerDefaults.Web);

    /// <param name="validatorDirectory">The folder of validate.js; <c>tests/fhir-validator</c> of this repository by default.</param>
    public FhirSchemaValidator(string? validatorDirectory = null) =>
        ValidatorDirectory = validatorDirectory ?? Path.Combine(FindRepositoryRoot(), "tests", "fhir-validator");

    public string ValidatorDirectory { get; }

    /// <summary>The folder that holds <c>Directory.Build.props</c>, found by walking up from the test assembly.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Directory.Build.props above {AppContext.BaseDirectory}: cannot find the repository root.");
    }

    /// <summary>Fails the test with the validator's report unless every resource is valid.</summary>
    public async System.Threading.Tasks.Task AssertValidAsync(IReadOnlyList<Resource> resources, CancellationToken cancellationToken = default)
    {
        var json = resources.Select(r => FhirJson.Serialize(r)).ToList();
        var results = await ValidateAsync(json, cancellationToken);
        var invalid = results.Where(r => !r.Valid).ToList();
        if (invalid.Count > 0)
        {
            Assert.Fail(Describe(invalid, json));
        }
    }

    /// <summary>Validates JSON resources in one node process; one result per resource, in order.</summary>
    public async Task<IReadOnlyList<FhirSchemaResult>> ValidateAsync(IReadOnlyList<string> resourcesJson, CancellationToken cancellationToken = default)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ValidatorDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("validate.js");
        start.ArgumentList.Add("--json");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception exception)
        {
            Assert.Fail($"Node.js (node) is needed to validate FHIR resources against the R4 JSON schema and could not be started: {exception.Message}. Install Node.js 20 and run `{InstallCommand}`.");
            throw;
        }

        using (process)
        {
            // A guard against a hung process, not a check of speed.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.StandardInput.WriteAsync(("[" + string.Join(",", resourcesJson) + "]").AsMemory(), timeout.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("validate.js did not finish within five minutes.");
            }

            var stdout = await output;
            var stderr = await errors;
            if (process.ExitCode is not (0 or 1))
            {
                Assert.Fail($"validate.js exited with {process.ExitCode}:\n{stderr}\n{stdout}");
            }

            var report = JsonSerializer.Deserialize<FhirSchemaReport>(stdout, ReportOptions)
                ?? throw new InvalidOperationException("validate.js printed no report");
            Assert.Equal(resourcesJson.Count, report.Results.Count);
            Assert.Equal(report.Invalid > 0 ? 1 : 0, process.ExitCode);
            return report.Results;
        }
    }

    private static string Describe(IReadOnlyList<FhirSchemaResult> invalid, IReadOnlyList<string> json)
    {
        var text = new StringBuilder("FHIR R4 JSON schema validation failed:\n");
        foreach (var result in invalid)
        {
            text.Append(FormattableString.Invariant($"#{result.Index} {result.Resource}:\n"));
            foreach (var error in result.Errors)
            {
                text.Append("    ").Append(error).Append('\n');
            }

            text.Append("    JSON: ").Append(json[result.Index]).Append('\n');
        }

        return text.ToString();
    }

    private void EnsureInstalled()
    {
        if (!File.Exists(Path.Combine(ValidatorDirectory, "validate.js")))
        {
            Assert.Fail($"No validate.js in {ValidatorDirectory}.");
        }

        if (!Directory.Exists(Path.Combine(ValidatorDirectory, "node_modules", "@asymmetrik", "fhir-json-schema-validator")))
        {
            Assert.Fail($"The FHIR R4 schema validator is not installed ({Path.Combine(ValidatorDirectory, "node_modules")} is missing): run `{InstallCommand}` at the repository root.");
        }
    }
}
