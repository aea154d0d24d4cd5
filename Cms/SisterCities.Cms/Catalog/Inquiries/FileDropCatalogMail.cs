using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// Writes each notice as an RFC 5322 message into <c>&lt;data folder&gt;/mail/</c>, where a pickup-directory
/// SMTP relay or a person can take it. Header values are single lines already (<see cref="CatalogText"/>
/// removes control characters) and non-ASCII text is RFC 2047 / base64 encoded, so no header can be injected.
/// </summary>
public sealed class FileDropCatalogMail(DataFolder dataFolder, IOptions<CatalogOptions> options) : ICatalogMail
{
    public const string FolderName = "mail";

    public async Task SendInquiryAsync(InquiryNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"A new inquiry for {notice.RecipientName} arrived through the SisterCities catalog.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"From: {notice.FromName} <{notice.FromEmail}>")
            .AppendLine(CultureInfo.InvariantCulture, $"Organisation: {notice.FromOrganisation ?? "-"}")
            .AppendLine(CultureInfo.InvariantCulture, $"Country: {notice.FromCountry ?? "-"}")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject: {notice.Subject}")
            .AppendLine()
            .AppendLine(notice.Message)
            .ToString();

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Date: {notice.SentAt.ToUniversalTime():ddd, dd MMM yyyy HH:mm:ss} +0000\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: {options.Value.MailFrom}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: {notice.To}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Reply-To: {notice.FromEmail}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {EncodeHeader(notice.Subject)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <{notice.InquiryId:N}@sistercities.catalog>\r\n")
            .Append(CultureInfo.InvariantCulture, $"X-SisterCities-Managers: {string.Join(",", notice.ManagerUserIds)}\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(body), Base64FormattingOptions.InsertLineBreaks))
            .Append("\r\n")
            .ToString();

        var folder = dataFolder.Sub(FolderName);
        var path = Path.Combine(folder, $"{notice.SentAt.UtcDateTime:yyyyMMddHHmmss}-inquiry-{notice.InquiryId:N}.eml");
        await File.WriteAllTextAsync(path, message, Encoding.ASCII, cancellationToken);
    }

    private static string EncodeHeader(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";
}
