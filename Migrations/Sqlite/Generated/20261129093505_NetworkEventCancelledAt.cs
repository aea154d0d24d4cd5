using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class NetworkEventCancelledAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "network_events",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "network_events");
        }
    }
}
