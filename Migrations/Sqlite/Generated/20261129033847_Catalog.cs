using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_businesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 401, nullable: false),
                    Texts = table.Column<string>(type: "TEXT", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Edrpou = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ForeignRegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    ForeignCity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SizeBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FoundedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ExportMarkets = table.Column<string>(type: "TEXT", nullable: false),
                    IsExporting = table.Column<bool>(type: "INTEGER", nullable: false),
                    Certifications = table.Column<string>(type: "TEXT", nullable: false),
                    LogoMediaKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StateReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StateChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StateChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "catalog_business_activities",
                columns: table => new
                {
                    BusinessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Division = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    BusinessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Texts = table.Column<string>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    LocationSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountSought = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Texts = table.Column<string>(type: "TEXT", nullable: false),
                    Images = table.Column<string>(type: "TEXT", nullable: false),
                    KvedCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PriceMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PriceMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PriceCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    MinimumOrder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AvailableForExport = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "catalog_inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BusinessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    FromOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FromCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    ConsentText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConsentedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SenderIpHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "catalog_projects");

            migrationBuilder.DropTable(
                name: "catalog_businesses");
        }
    }
}
