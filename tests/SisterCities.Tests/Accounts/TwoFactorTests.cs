using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SisterCities.Cms.Accounts;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Accounts;

public sealed partial class TwoFactorTests
{
    [Fact]
    public async Task With_totp_turned_on_the_password_alone_does_not_sign_in()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var client = await bed.SignInAsync("editor@lviv.example");
        var profile = await client.Http.GetStringAsync("/backoffice/profile");
        var key = KeyField().Match(profile).Groups[1].Value;
        Assert.Contains("otpauth://totp/SisterCities:editor%40lviv.example?secret=" + key, profile.Replace("&amp;", "&"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync("/backoffice/profile/two-factor/enable", ("code", "000000"))).StatusCode);
        var enabled = await client.PostAsync("/backoffice/profile/two-factor/enable", ("code", Totp(key)));
        Assert.Contains("Two-factor sign-in is on.", await enabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/sites/lviv")).StatusCode);

        var fresh = bed.Anonymous();
        var password = await fresh.PostAsync("/backoffice/sign-in", ("Email", "editor@lviv.example"), ("Password", BackofficeTestBed.Password));
        Assert.StartsWith("/backoffice/sign-in/two-factor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/backoffice")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.PostAsync("/backoffice/sign-in/two-factor", ("Code", "123456"))).StatusCode);
        var second = await fresh.PostAsync("/backoffice/sign-in/two-factor", ("Code", Totp(key)));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        fresh.ForgetToken();
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/backoffice/sites/lviv")).StatusCode);
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps compute it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("Key: <code class=\"key\">([A-Z2-7]+)</code>")]
    private static partial Regex KeyField();
}
