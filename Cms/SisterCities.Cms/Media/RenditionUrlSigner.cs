using System.Security.Cryptography;
using System.Text;

namespace SisterCities.Cms.Media;

/// <summary>
/// Signs rendition URLs with HMAC-SHA256 over the path and the query sorted by name (the <c>hmac</c>
/// parameter itself left out), so only URLs the CMS made can ask for arbitrary sizes. Verification is
/// constant-time. The key is 32 random bytes made on first start and kept in a file (see <see cref="MediaOptions.SigningKeyPath"/>).
/// </summary>
public sealed class RenditionUrlSigner(byte[] key)
{
    public static RenditionUrlSigner LoadOrCreate(string keyFile)
    {
        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
            var temporary = keyFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                // No overwrite: when two nodes start together on a shared volume, the first key wins and both use it.
                File.Move(temporary, keyFile, overwrite: false);
            }
            catch (IOException) when (File.Exists(keyFile))
            {
                File.Delete(temporary);
            }
        }

        var key = File.ReadAllBytes(keyFile);
        if (key.Length < 32)
        {
            throw new Data.CmsConfigurationException($"The media URL signing key in '{keyFile}' is shorter than 32 bytes. Delete it to have a new one made.");
        }

        return new RenditionUrlSigner(key);
    }

    public string Sign(string path, IEnumerable<KeyValuePair<string, string>> query) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Canonical(path, query))));

    public bool Verify(string path, IEnumerable<KeyValuePair<string, string>> query, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Canonical(path, query)));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary><c>/media/k/v/name.jpg?a=1&amp;b=2</c> with names sorted ordinally and each part escaped.</summary>
    public static string Canonical(string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var parts = query
            .Where(p => p.Key != RenditionQuery.Hmac)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value));
        return path + "?" + string.Join('&', parts);
    }
}
