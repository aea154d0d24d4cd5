using System.Globalization;
using SisterCities.Cms.Partnerships.Events;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// The event editor's fields, shared by a site's events and the network-wide ones: the same form, the same
/// <see cref="EventWriter"/> rules; only the host differs (a site, or none for the network).
/// </summary>
public static class EventFormFields
{
    /// <summary>Rule errors that name no single input, moved onto the input they are about.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["place"] = "placeSiteId",
        ["event"] = "titleUk",
    };

    public static EditForm From(NetworkEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var form = new EditForm();
        form.Set("kind", e.Kind);
        form.Set("titleUk", e.TitleUk);
        form.Set("titleEn", e.TitleEn);
        form.Set("descriptionUk", e.DescriptionUk);
        form.Set("descriptionEn", e.DescriptionEn);
        form.Set("startsAt", FormInput.Format(e.StartsAt));
        form.Set("endsAt", FormInput.Format(e.EndsAt));
        form.Set("placeSiteId", e.PlaceSiteId);
        form.Set("placePartnerCityId", e.PlacePartnerCityId);
        form.Set("venue", e.Venue);
        form.Set("linkedSiteIds", e.LinkedSiteIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        form.Set("linkedBusinessKeys", string.Join("\n", e.LinkedBusinessKeys));
        form.Set("linkedProjectKeys", string.Join("\n", e.LinkedProjectKeys));
        form.Set("registrationUrl", e.RegistrationUrl);
        form.Set("registrationFormKey", e.RegistrationFormKey?.ToString());
        form.Set("published", e.Published ? "true" : null);
        return form;
    }

    /// <summary>The draft as typed; a time that did not parse is an error on the form and a placeholder here.</summary>
    public static EventDraft Draft(int? hostSiteId, EditForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var starts = form.KyivTime("startsAt");
        var ends = form.KyivTime("endsAt");
        return new EventDraft
        {
            Kind = form.Value("kind"),
            TitleUk = form.Value("titleUk"),
            TitleEn = form.Value("titleEn"),
            DescriptionUk = form.Text("descriptionUk"),
            DescriptionEn = form.Text("descriptionEn"),
            StartsAt = starts ?? default,
            EndsAt = ends ?? default,
            HostSiteId = hostSiteId,
            PlaceSiteId = form.Int("placeSiteId"),
            PlacePartnerCityId = form.Int("placePartnerCityId"),
            Venue = form.Text("venue"),
            LinkedSiteIds = form.Ints("linkedSiteIds"),
            LinkedBusinessKeys = form.Keys("linkedBusinessKeys"),
            LinkedProjectKeys = form.Keys("linkedProjectKeys"),
            RegistrationUrl = form.Text("registrationUrl"),
            RegistrationFormKey = form.Key("registrationFormKey"),
            Published = form.Flag("published"),
        };
    }
}
