namespace SisterCities.Cms.Delivery.Network;

/// <summary>A page of sites.</summary>
/// <param name="Total">Matches before paging.</param>
/// <param name="Items">The page, ordered by Ukrainian name.</param>
public sealed record NetworkSiteList(long Total, IReadOnlyList<NetworkSite> Items);
