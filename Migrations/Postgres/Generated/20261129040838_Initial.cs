using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_feed",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Change = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_feed", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "content_types",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Alias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameUk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VariesByCulture = table.Column<bool>(type: "boolean", nullable: false),
                    AllowedAtRoot = table.Column<bool>(type: "boolean", nullable: false),
                    AllowedChildren = table.Column<string>(type: "text", nullable: false),
                    Properties = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partner_cities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    NameNative = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameUk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_cities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameUk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KatottgCode = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: true),
                    HromadaNameUk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OblastCode = table.Column<string>(type: "character varying(19)", maxLength: 19, nullable: true),
                    OblastNameUk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OblastNameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Cultures = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Theme = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ThemeSettings = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_businesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(401)", maxLength: 401, nullable: false),
                    Texts = table.Column<string>(type: "text", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Edrpou = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ForeignRegistrationNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    ForeignCity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SizeBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FoundedYear = table.Column<int>(type: "integer", nullable: true),
                    ExportMarkets = table.Column<string>(type: "text", nullable: false),
                    IsExporting = table.Column<bool>(type: "boolean", nullable: false),
                    Certifications = table.Column<string>(type: "text", nullable: false),
                    LogoMediaKey = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StateChangedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StateChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_businesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_businesses_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "content_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    ContentTypeAlias = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Trashed = table.Column<bool>(type: "boolean", nullable: false),
                    CreateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_items_content_items_ParentId",
                        column: x => x.ParentId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_content_items_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cooperation_offers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Area = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true),
                    BusinessKey = table.Column<Guid>(type: "uuid", nullable: true),
                    TitleUk = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionUk = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperation_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperation_offers_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "network_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TitleUk = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionUk = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HostSiteId = table.Column<int>(type: "integer", nullable: true),
                    PlaceSiteId = table.Column<int>(type: "integer", nullable: true),
                    PlacePartnerCityId = table.Column<int>(type: "integer", nullable: true),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LinkedSiteIds = table.Column<string>(type: "text", nullable: false),
                    LinkedBusinessKeys = table.Column<string>(type: "text", nullable: false),
                    LinkedProjectKeys = table.Column<string>(type: "text", nullable: false),
                    RegistrationUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_events_partner_cities_PlacePartnerCityId",
                        column: x => x.PlacePartnerCityId,
                        principalTable: "partner_cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_network_events_sites_HostSiteId",
                        column: x => x.HostSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_network_events_sites_PlaceSiteId",
                        column: x => x.PlaceSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    PartnerCityId = table.Column<int>(type: "integer", nullable: true),
                    PartnerSiteId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SinceYear = table.Column<int>(type: "integer", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Areas = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DescriptionUk = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AgreementMediaKey = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partnerships_partner_cities_PartnerCityId",
                        column: x => x.PartnerCityId,
                        principalTable: "partner_cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_partnerships_sites_PartnerSiteId",
                        column: x => x.PartnerSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_partnerships_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "site_hostnames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    Hostname = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_site_hostnames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_site_hostnames_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_business_activities",
                columns: table => new
                {
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: false),
                    Division = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    IsPrimary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_business_activities", x => new { x.BusinessId, x.Division });
                    table.ForeignKey(
                        name: "FK_catalog_business_activities_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_business_managers",
                columns: table => new
                {
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_business_managers", x => new { x.BusinessId, x.UserId });
                    table.ForeignKey(
                        name: "FK_catalog_business_managers_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerSiteId = table.Column<int>(type: "integer", nullable: true),
                    Texts = table.Column<string>(type: "text", nullable: false),
                    Sector = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    LocationSiteId = table.Column<int>(type: "integer", nullable: true),
                    AmountSought = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    Contact = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_projects_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_catalog_projects_sites_LocationSiteId",
                        column: x => x.LocationSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_catalog_projects_sites_OwnerSiteId",
                        column: x => x.OwnerSiteId,
                        principalTable: "sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalog_showroom_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Texts = table.Column<string>(type: "text", nullable: false),
                    Images = table.Column<string>(type: "text", nullable: false),
                    KvedCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PriceMin = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriceMax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PriceCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    MinimumOrder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AvailableForExport = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_showroom_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_showroom_items_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_variants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UrlPath = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    DraftVersionId = table.Column<long>(type: "bigint", nullable: true),
                    PublishedVersionId = table.Column<long>(type: "bigint", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdateDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_variants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_variants_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Culture = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Values = table.Column<string>(type: "text", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_content_versions_content_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "content_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    FromOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FromCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    ConsentText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SenderIpHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_inquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_inquiries_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_catalog_inquiries_catalog_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "catalog_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_business_activities_Division",
                table: "catalog_business_activities",
                column: "Division");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_business_activities_Section",
                table: "catalog_business_activities",
                column: "Section");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_business_managers_UserId",
                table: "catalog_business_managers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_businesses_CreatedBy_CreatedAt",
                table: "catalog_businesses",
                columns: new[] { "CreatedBy", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_businesses_Edrpou",
                table: "catalog_businesses",
                column: "Edrpou",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_businesses_SiteId",
                table: "catalog_businesses",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_businesses_State_CountryCode",
                table: "catalog_businesses",
                columns: new[] { "State", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_inquiries_BusinessId_CreatedAt",
                table: "catalog_inquiries",
                columns: new[] { "BusinessId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_inquiries_FromEmail_CreatedAt",
                table: "catalog_inquiries",
                columns: new[] { "FromEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_inquiries_ProjectId_CreatedAt",
                table: "catalog_inquiries",
                columns: new[] { "ProjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_inquiries_SenderIpHash_CreatedAt",
                table: "catalog_inquiries",
                columns: new[] { "SenderIpHash", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_projects_BusinessId",
                table: "catalog_projects",
                column: "BusinessId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_projects_LocationSiteId",
                table: "catalog_projects",
                column: "LocationSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_projects_OwnerSiteId",
                table: "catalog_projects",
                column: "OwnerSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_projects_Status_Sector",
                table: "catalog_projects",
                columns: new[] { "Status", "Sector" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_showroom_items_BusinessId_SortOrder",
                table: "catalog_showroom_items",
                columns: new[] { "BusinessId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Key",
                table: "content_items",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_items_ParentId",
                table: "content_items",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Path",
                table: "content_items",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_SiteId_ParentId_SortOrder",
                table: "content_items",
                columns: new[] { "SiteId", "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_content_types_Alias",
                table: "content_types",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_variants_ItemId_Culture",
                table: "content_variants",
                columns: new[] { "ItemId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_variants_ItemKey",
                table: "content_variants",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_content_variants_SiteId_Culture_UrlPath",
                table: "content_variants",
                columns: new[] { "SiteId", "Culture", "UrlPath" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_versions_ItemId_Culture_Number",
                table: "content_versions",
                columns: new[] { "ItemId", "Culture", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperation_offers_Key",
                table: "cooperation_offers",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperation_offers_Published_ExpiresOn",
                table: "cooperation_offers",
                columns: new[] { "Published", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_cooperation_offers_SiteId",
                table: "cooperation_offers",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_network_events_HostSiteId",
                table: "network_events",
                column: "HostSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_network_events_Key",
                table: "network_events",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_events_PlacePartnerCityId",
                table: "network_events",
                column: "PlacePartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_network_events_PlaceSiteId",
                table: "network_events",
                column: "PlaceSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_network_events_StartsAt",
                table: "network_events",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_partner_cities_CountryCode_NameEn",
                table: "partner_cities",
                columns: new[] { "CountryCode", "NameEn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partner_cities_Key",
                table: "partner_cities",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_Key",
                table: "partnerships",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_PartnerCityId",
                table: "partnerships",
                column: "PartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_PartnerSiteId",
                table: "partnerships",
                column: "PartnerSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_SiteId_PartnerCityId",
                table: "partnerships",
                columns: new[] { "SiteId", "PartnerCityId" });

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_SiteId_PartnerSiteId",
                table: "partnerships",
                columns: new[] { "SiteId", "PartnerSiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_site_hostnames_Hostname",
                table: "site_hostnames",
                column: "Hostname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_site_hostnames_SiteId",
                table: "site_hostnames",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_sites_KatottgCode",
                table: "sites",
                column: "KatottgCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sites_Key",
                table: "sites",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_business_activities");

            migrationBuilder.DropTable(
                name: "catalog_business_managers");

            migrationBuilder.DropTable(
                name: "catalog_inquiries");

            migrationBuilder.DropTable(
                name: "catalog_showroom_items");

            migrationBuilder.DropTable(
                name: "change_feed");

            migrationBuilder.DropTable(
                name: "content_types");

            migrationBuilder.DropTable(
                name: "content_variants");

            migrationBuilder.DropTable(
                name: "content_versions");

            migrationBuilder.DropTable(
                name: "cooperation_offers");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "network_events");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "site_hostnames");

            migrationBuilder.DropTable(
                name: "catalog_projects");

            migrationBuilder.DropTable(
                name: "content_items");

            migrationBuilder.DropTable(
                name: "partner_cities");

            migrationBuilder.DropTable(
                name: "catalog_businesses");

            migrationBuilder.DropTable(
                name: "sites");
        }
    }
}
