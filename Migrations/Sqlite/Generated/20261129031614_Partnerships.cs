using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class Partnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partner_cities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameNative = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameUk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_cities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCityId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SinceYear = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DescriptionUk = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgreementMediaKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "partner_cities");
        }
    }
}
