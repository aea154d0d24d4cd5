using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class NetworkEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "network_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TitleUk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionUk = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HostSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlaceSiteId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacePartnerCityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LinkedSiteIds = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedBusinessKeys = table.Column<string>(type: "TEXT", nullable: false),
                    LinkedProjectKeys = table.Column<string>(type: "TEXT", nullable: false),
                    RegistrationUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_events");
        }
    }
}
