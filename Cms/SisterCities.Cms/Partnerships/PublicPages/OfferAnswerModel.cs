using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>A public cooperation offer with the form to answer it, and what the sender typed when it came back with errors.</summary>
public sealed record OfferAnswerModel(
    CooperationOffer Offer, string? OwnerName, string? OwnerUrl, string Culture, string StylesheetUrl, IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string[]> Errors, bool Sent)
{
    /// <summary>True when a business of the catalog posted the offer (the owner is then the business and its showroom).</summary>
    public bool OwnerIsBusiness { get; init; }

    /// <summary>The network hub's home in this culture, first link of <see cref="HubMenu"/>'s bar.</summary>
    public string HubHomeUrl { get; init; } = "/";

    /// <summary>The hub's menu bar (the same sections as on every hub page); the offer belongs to the partnerships section.</summary>
    public IReadOnlyList<PublicSite.ContentLink> HubMenu { get; init; } = [];

    public bool Uk => Culture == "uk";

    public string T(string uk, string en) => Uk ? uk : en;

    public string Value(string field) => Values.TryGetValue(field, out var v) ? v : "";

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    public string ConsentText => ConsentFor(Culture);

    /// <summary>The wording next to the consent box; stored verbatim with the answer.</summary>
    public static string ConsentFor(string culture) => culture == "uk"
        ? "Я погоджуюся, що SisterCities передасть моє повідомлення, ім'я та адресу електронної пошти власникам цієї пропозиції, щоб вони могли мені відповісти."
        : "I agree that SisterCities passes my message, name and e-mail address to the owners of this offer so that they can answer me.";
}
