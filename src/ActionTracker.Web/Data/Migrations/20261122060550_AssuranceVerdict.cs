using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AssuranceVerdict : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Verdict",
                table: "Meetings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerdictNote",
                table: "Meetings",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "VerdictNote",
                table: "Meetings");
        }
    }
}
