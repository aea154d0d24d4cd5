using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record ProjectsModel(Business Business, IReadOnlyList<InvestmentProject> Projects);
