using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
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
