using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Partnerships.PublicPages;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>Answers to offers sent through the real intake (consent, limits, notices), as the public page sends them.</summary>
internal static class OfferAnswerData
{
    /// <summary>Limits high enough for a test that sends a page and more of answers from one address.</summary>
    public static readonly Dictionary<string, string?> RoomyLimits = new() { ["Catalog:InquiriesPerEmail"] = "100", ["Catalog:InquiriesPerIp"] = "100" };

    public static Task<Guid> AnswerAsync(
        BackofficeTestBed bed, Guid offer, string subject, string message = "Ми маємо досвід відбудови шкіл.", string name = "Anna Kowalska",
        string email = "anna.kowalska@lublin.example", string? organisation = "Test: Lublin development agency", string? country = "PL") =>
        bed.WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<InquiryIntake>().SubmitAsync(
                new InquiryRequest
                {
                    OfferId = offer,
                    FromName = name,
                    FromEmail = email,
                    FromOrganisation = organisation,
                    FromCountry = country,
                    Subject = subject,
                    Message = message,
                    ConsentText = OfferAnswerModel.ConsentFor("en"),
                    ConsentGiven = true,
                },
                "203.0.113.7",
                default);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
            return result.Value!.Id;
        });
}
