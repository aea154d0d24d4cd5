using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Sqlite.Generated
{
    /// <inheritdoc />
    public partial class EventCancellationReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "network_events",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "network_events");
        }
    }
}
