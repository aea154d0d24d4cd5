using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SisterCities.Migrations.Postgres.Generated
{
    /// <inheritdoc />
    public partial class NetworkEventCancelledAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "network_events",
                type: "timestamp with time zone",
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
