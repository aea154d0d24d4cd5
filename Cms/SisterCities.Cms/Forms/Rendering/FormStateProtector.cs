using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>Seals <see cref="FormState"/> into the hidden <c>__state</c> field and opens it again.</summary>
public sealed class FormStateProtector(IDataProtectionProvider provider)
{
    public const string FieldName = "__state";

    private readonly IDataProtector _protector = provider.CreateProtector("SisterCities.Forms.State.v1");

    public string Protect(FormState state) => _protector.Protect(JsonSerializer.Serialize(state, JsonColumn.Options));

    /// <summary>The state, or null when the field is missing, tampered with or sealed by a key this node does not know.</summary>
    public FormState? Unprotect(string? sealedState)
    {
        if (string.IsNullOrEmpty(sealedState))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FormState>(_protector.Unprotect(sealedState), JsonColumn.Options);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
