using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
{
    /// <inheritdoc />
    public partial class CooperationOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cooperation_offers");
        }
    }
}
