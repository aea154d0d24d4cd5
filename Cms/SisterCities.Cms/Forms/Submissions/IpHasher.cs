using System.Net;
using System.Security.Cryptography;
using System.Text;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Submissions;

/// <summary>
/// Keeps a keyed hash of the sender's IP instead of the address (GDPR data minimisation): repeated abuse from one
/// address stays visible, the address itself does not. The key is random per installation, kept in the data folder.
/// </summary>
public sealed class IpHasher
{
    private readonly byte[] _key;

    public IpHasher(DataFolder dataFolder)
    {
        var path = Path.Combine(dataFolder.Sub("form-files"), ".ip-hash-key");
        if (!File.Exists(path))
        {
            try
            {
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                file.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException)
            {
                // Another node or process wrote it first; read theirs.
            }
        }

        _key = File.ReadAllBytes(path);
    }

    public string? Hash(IPAddress? address) =>
        address is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(address.ToString())));
}
