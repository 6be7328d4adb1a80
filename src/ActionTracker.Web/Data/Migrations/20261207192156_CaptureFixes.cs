using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaptureFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems");

            migrationBuilder.AddColumn<int>(
                name: "DeferredToMeetingId",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SecretariatSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecretariatSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_DeferredToMeetingId",
                table: "AgendaItems",
                column: "DeferredToMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" });

            migrationBuilder.AddForeignKey(
                name: "FK_AgendaItems_Meetings_DeferredToMeetingId",
                table: "AgendaItems",
                column: "DeferredToMeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgendaItems_Meetings_DeferredToMeetingId",
                table: "AgendaItems");

            migrationBuilder.DropTable(
                name: "SecretariatSettings");

            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_DeferredToMeetingId",
                table: "AgendaItems");

            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "DeferredToMeetingId",
                table: "AgendaItems");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" },
                unique: true);
        }
    }
}
