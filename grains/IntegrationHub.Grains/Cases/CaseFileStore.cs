namespace IntegrationHub.Grains.Cases;

/// <summary>
/// Attachment bytes on disk: <c>{root}/{caseId}/{attachmentId}</c>. An upload is streamed to a file under
/// <c>{root}/.incoming</c> and moved into place only when the whole message is accepted; retention removes a case's
/// folder with it (CS7). Ids are checked to be plain tokens, so no path can leave the root.
/// </summary>
public sealed class CaseFileStore
{
    private const string IncomingFolder = ".incoming";

    public CaseFileStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>A new, empty temporary file for an upload; the caller moves it with <see cref="Keep"/> or removes it with <see cref="Discard"/>.</summary>
    public FileStream CreateIncoming(out string path)
    {
        var folder = Path.Combine(Root, IncomingFolder);
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
    }

    /// <summary>Moves an accepted upload into the case's folder.</summary>
    public void Keep(string incomingPath, string caseId, string attachmentId)
    {
        var folder = CaseFolder(caseId);
        Directory.CreateDirectory(folder);
        File.Move(incomingPath, Path.Combine(folder, Token(attachmentId)), overwrite: true);
    }

    public static void Discard(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next clean-up; it holds no case and is never served.
        }
    }

    /// <summary>Removes kept files (a message that was refused after its files were moved into place).</summary>
    public void Remove(string caseId, IEnumerable<string> attachmentIds)
    {
        foreach (var id in attachmentIds)
        {
            Discard(Path.Combine(CaseFolder(caseId), Token(id)));
        }
    }

    /// <summary>The file for reading, or null when it is not there.</summary>
    public FileStream? OpenRead(string caseId, string attachmentId)
    {
        var path = Path.Combine(CaseFolder(caseId), Token(attachmentId));
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null;
    }

    public bool HasCase(string caseId) => Directory.Exists(CaseFolder(caseId));

    /// <summary>Removes the case's folder and every file in it (CS7).</summary>
    public void DeleteCase(string caseId)
    {
        var folder = CaseFolder(caseId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string CaseFolder(string caseId) => Path.Combine(Root, Token(caseId));

    private static string Token(string id) =>
        id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit)
            ? id
            : throw new ArgumentException("Not a case or attachment id.", nameof(id));
}
