using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>A choice in a select or a group of checkboxes.</summary>
public sealed record Choice(string Value, string Text);

public sealed record PartnershipRow(Partnership Partnership, string Partner, bool OwnedBySite);

public sealed record PartnershipListModel(SiteSummary Site, IReadOnlyList<PartnershipRow> Rows);

public sealed record PartnershipFormModel(
    SiteSummary Site, Partnership? Partnership, EditForm Form, bool Saved, IReadOnlyList<Choice> PartnerCities, IReadOnlyList<Choice> OtherSites,
    IReadOnlyList<Choice> Documents, IReadOnlyList<Choice> News);

public sealed record OfferListModel(SiteSummary Site, IReadOnlyList<CooperationOffer> Offers, DateOnly Today, IReadOnlyDictionary<Guid, AnswerCount> Answers);

public sealed record OfferFormModel(SiteSummary Site, CooperationOffer? Offer, EditForm Form, bool Saved);

/// <summary>A site's events, or the network-wide ones when <see cref="Site"/> is null.</summary>
public sealed record EventListModel(SiteSummary? Site, IReadOnlyList<NetworkEvent> Events)
{
    public string BasePath => EventScreens.BasePath(Site);
}

/// <summary>The event editor for a site's event, or a network-wide one when <see cref="Site"/> is null.</summary>
public sealed record EventFormModel(
    SiteSummary? Site, NetworkEvent? Event, EditForm Form, bool Saved, IReadOnlyList<Choice> Sites, IReadOnlyList<Choice> PartnerCities, IReadOnlyList<Choice> Forms)
{
    public string BasePath => EventScreens.BasePath(Site);
}

/// <summary>The "cancel this event?" page of a site's event, or of a network-wide one when <see cref="Site"/> is null.</summary>
public sealed record EventCancelModel(SiteSummary? Site, NetworkEvent Event)
{
    /// <summary>The reason as typed and its error, when a post was refused.</summary>
    public EditForm Form { get; init; } = new();

    public string BasePath => EventScreens.BasePath(Site);
}
