using System.Text.Json.Nodes;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// schema.org JSON-LD of catalog pages: a showroom is an <c>Organization</c> whose <c>makesOffer</c> lists an
/// <c>Offer</c> per item (a <c>Product</c> or <c>Service</c>, the price range as a <c>PriceSpecification</c>); a project
/// is a <c>Project</c> that <c>seeks</c> the investment. No e-mail or phone: contact goes through the inquiry form.
/// </summary>
public static class CatalogStructuredData
{
    public static JsonObject Organization(ShowroomModel model)
    {
        var b = model.Business;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["@id"] = model.AbsoluteUrl + "#organization",
            ["name"] = b.DisplayName,
            ["legalName"] = b.LegalName,
            ["url"] = model.AbsoluteUrl,
        };
        Add(data, "description", b.Description ?? b.Tagline);
        Add(data, "logo", model.AbsoluteLogoUrl);
        Add(data, "sameAs", b.Website);
        if (b.FoundedYear is { } year)
        {
            data["foundingDate"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var address = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = b.Country };
        Add(address, "addressLocality", b.Municipality?.Name ?? b.ForeignCity);
        Add(address, "streetAddress", b.Address);
        data["address"] = address;
        if (b.Edrpou is not null)
        {
            data["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "EDRPOU", ["value"] = b.Edrpou };
        }

        var offers = new JsonArray();
        foreach (var item in model.Items)
        {
            var offered = new JsonObject { ["@type"] = item.Source.Kind == "service" ? "Service" : "Product", ["name"] = item.Name };
            Add(offered, "description", item.Description);
            if (item.Images.Count > 0)
            {
                offered["image"] = Absolute(model.AbsoluteUrl, item.Images[0].Src);
            }

            var offer = new JsonObject { ["@type"] = "Offer", ["itemOffered"] = offered };
            if (item.Source.PriceCurrency is { } currency && (item.Source.PriceMin is not null || item.Source.PriceMax is not null))
            {
                var price = new JsonObject { ["@type"] = "PriceSpecification", ["priceCurrency"] = currency };
                if (item.Source.PriceMin is { } min)
                {
                    price["minPrice"] = min;
                }

                if (item.Source.PriceMax is { } max)
                {
                    price["maxPrice"] = max;
                }

                offer["priceSpecification"] = price;
                offer["priceCurrency"] = currency;
            }

            offers.Add(offer);
        }

        if (offers.Count > 0)
        {
            data["makesOffer"] = offers;
        }

        return data;
    }

    public static JsonObject Project(ProjectPageModel model)
    {
        var p = model.Project;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Project",
            ["name"] = p.Title,
            ["url"] = model.AbsoluteUrl,
            ["inLanguage"] = p.Culture,
        };
        Add(data, "description", p.Description);
        if (model.Place is not null)
        {
            data["location"] = new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = model.Place,
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = model.Place, ["addressCountry"] = "UA" },
            };
        }

        if (p.AmountSought is { } amount && p.Currency is { } currency)
        {
            data["seeks"] = new JsonObject
            {
                ["@type"] = "Demand",
                ["name"] = model.Words.AmountSought,
                ["priceSpecification"] = new JsonObject { ["@type"] = "PriceSpecification", ["price"] = amount, ["priceCurrency"] = currency },
            };
        }

        Add(data, "keywords", p.Sector.Name);
        return data;
    }

    private static string Absolute(string pageUrl, string src) => src.StartsWith('/') ? new Uri(new Uri(pageUrl), src).ToString() : src;

    private static void Add(JsonObject data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[key] = value;
        }
    }
}
