using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
{
    /// <inheritdoc />
    public partial class ShowroomGallery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_showroom_galleries",
                columns: table => new
                {
                    BusinessId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoverMediaKey = table.Column<Guid>(type: "uuid", nullable: true),
                    Images = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SiteId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_showroom_galleries", x => x.BusinessId);
                    table.ForeignKey(
                        name: "FK_catalog_showroom_galleries_catalog_businesses_BusinessId",
                        column: x => x.BusinessId,
                        principalTable: "catalog_businesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_showroom_galleries");
        }
    }
}
