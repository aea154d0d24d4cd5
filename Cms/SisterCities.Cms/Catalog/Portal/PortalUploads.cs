using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Media;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Hands a file posted to the portal to the media library, which decides the type by its bytes and re-encodes
/// images without metadata. A business's files go to the network-wide library folder <c>catalog/{businessId}</c>.
/// </summary>
public sealed class PortalUploads(MediaLibrary library, MediaWorkFolders folders, IOptions<PortalOptions> options)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>The stored item, or an error message for the form (wrong type, too large, unreadable).</summary>
    public async Task<(MediaItem? Item, string? Error)> AddAsync(
        IFormFile? file, Guid businessId, Editor editor, string? altUk, string? altEn, bool pdfOnly, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "Choose a file.");
        }

        if (file.Length > options.Value.MaxUploadBytes)
        {
            return (null, $"The file is larger than {options.Value.MaxUploadBytes / (1024 * 1024)} MB.");
        }

        await using var upload = await ReceiveAsync(file, cancellationToken);
        if (pdfOnly && !await StartsWithAsync(upload, PdfMagic, cancellationToken))
        {
            return (null, "Project documents must be PDF files.");
        }

        try
        {
            var request = new MediaUploadRequest(null, $"catalog/{businessId:N}", Clip(altUk), Clip(altEn), editor.Id, editor.Name);
            var (item, _) = await library.AddAsync(upload, request, cancellationToken);
            return (item, null);
        }
        catch (MediaRejectedException e)
        {
            return (null, e.Message);
        }
    }

    private static string? Clip(string? alt) => alt?.Trim() is { Length: > 0 } a ? a[..Math.Min(a.Length, MediaLimits.MaxAltTextLength)] : null;

    private async Task<ReceivedUpload> ReceiveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var path = folders.NewTemporaryFile();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
        await using (var source = file.OpenReadStream())
        {
            var buffer = new byte[81_920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return new ReceivedUpload(path, Path.GetFileName(file.FileName), total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<bool> StartsWithAsync(ReceivedUpload upload, byte[] magic, CancellationToken cancellationToken)
    {
        await using var stream = upload.OpenRead();
        var head = new byte[magic.Length];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == magic.Length && head.AsSpan().SequenceEqual(magic);
    }
}
