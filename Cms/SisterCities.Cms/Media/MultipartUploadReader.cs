using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SisterCities.Cms.Media;

/// <summary>
/// Reads a multipart upload by hand instead of through form binding: the file part is streamed to a private
/// temporary file while its SHA-256 is computed and its size counted, and the read stops the moment the size
/// limit is passed — a 2 GB body is refused after 20 MB, not after it has been buffered.
/// </summary>
public sealed class MultipartUploadReader(MediaWorkFolders folders)
{
    public const string FilePart = "file";
    private const int MaxFieldLength = 4096;
    private const int MaxParts = 16;

    public async Task<(ReceivedUpload File, Dictionary<string, string> Fields)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes + 64 * 1024)
        {
            throw MediaRejectedException.TooLarge($"The upload is larger than the limit of {maxBytes:N0} bytes.");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw MediaRejectedException.UnsupportedType("Send the file as multipart/form-data with a part named 'file'.");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        ReceivedUpload? file = null;
        try
        {
            for (var parts = 0; await reader.ReadNextSectionAsync(cancellationToken) is { } section; parts++)
            {
                if (parts >= MaxParts || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    throw MediaRejectedException.Invalid("The multipart body is malformed or has too many parts.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition() && name == FilePart && file is null)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                        ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    file = await ReceiveFileAsync(section.Body, fileName, maxBytes, cancellationToken);
                }
                else if (!disposition.IsFileDisposition())
                {
                    fields[name] = await ReadFieldAsync(section.Body, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not MediaRejectedException)
        {
            if (file is not null)
            {
                await file.DisposeAsync();
            }

            throw MediaRejectedException.Invalid("The multipart body cannot be read: " + e.Message);
        }

        return file is null
            ? throw MediaRejectedException.Invalid("The form has no file part named 'file'.")
            : (file, fields);
    }

    /// <summary>
    /// Streams one file to a private temporary file with its SHA-256, refusing it once it passes <paramref name="maxBytes"/>.
    /// The backoffice's HTML upload form (which has to go through form binding for its antiforgery token) uses this too.
    /// </summary>
    public async Task<ReceivedUpload> ReceiveFileAsync(Stream body, string? fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var path = folders.NewTemporaryFile();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81_920];
        long total = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw MediaRejectedException.TooLarge($"The file is larger than the limit of {maxBytes:N0} bytes.");
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        if (total == 0)
        {
            File.Delete(path);
            throw MediaRejectedException.Invalid("The file is empty.");
        }

        return new ReceivedUpload(path, fileName, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldLength + 1];
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read > MaxFieldLength)
        {
            throw MediaRejectedException.Invalid($"A form field is longer than {MaxFieldLength} bytes.");
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
