using System.Globalization;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// A business's cooperation offer as the portal form posts it. Texts are cleaned like every catalog text (plain text:
/// NFC, trimmed, control characters removed, limits checked); the rules of an offer are <see cref="OfferWriter"/>'s.
/// </summary>
public sealed class BusinessOfferForm
{
    public const int TitleMax = 300;

    public string? Direction { get; set; } = nameof(OfferDirection.Offer);

    public string? Topic { get; set; }

    public string? Area { get; set; }

    public string? TitleUk { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionUk { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>yyyy-MM-dd, a calendar date in Kyiv: the offer closes at 00:00 Kyiv time that day.</summary>
    public string? ExpiresOn { get; set; }

    public bool Published { get; set; } = true;

    public FormErrors Errors { get; set; } = FormErrors.None;

    public static BusinessOfferForm From(CooperationOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new BusinessOfferForm
        {
            Direction = offer.Direction.ToString(),
            Topic = offer.Topic,
            Area = offer.Area,
            TitleUk = offer.TitleUk,
            TitleEn = offer.TitleEn,
            DescriptionUk = offer.DescriptionUk,
            DescriptionEn = offer.DescriptionEn,
            ExpiresOn = offer.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Published = offer.Published,
        };
    }

    /// <summary>The draft for <see cref="OfferWriter"/>, with the errors this form can tell on its own (unparseable values, text limits).</summary>
    public (OfferDraft Draft, CatalogErrors Errors) ToDraft(Guid businessKey)
    {
        var errors = new CatalogErrors();
        if (!Enum.TryParse<OfferDirection>(Direction, ignoreCase: false, out var direction) || !Enum.IsDefined(direction))
        {
            errors.Add("direction", "Choose whether you offer or look for something.");
        }

        var titleUk = CatalogText.Line(errors, "titleUk", TitleUk, TitleMax, required: true);
        var titleEn = CatalogText.Line(errors, "titleEn", TitleEn, TitleMax, required: true);
        var descriptionUk = CatalogText.Block(errors, "descriptionUk", DescriptionUk, CatalogText.DescriptionMax);
        var descriptionEn = CatalogText.Block(errors, "descriptionEn", DescriptionEn, CatalogText.DescriptionMax);
        if (!DateOnly.TryParseExact(ExpiresOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            errors.Add("expiresOn", "Enter the date the offer closes (YYYY-MM-DD).");
        }

        var draft = new OfferDraft(
            direction, Topic?.Trim() ?? "", Area?.Trim() ?? "", null, businessKey, titleUk ?? "", titleEn ?? "", descriptionUk, descriptionEn, expires, Published);
        return (draft, errors);
    }
}
