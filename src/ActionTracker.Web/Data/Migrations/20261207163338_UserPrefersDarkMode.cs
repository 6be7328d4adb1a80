using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UserPrefersDarkMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PrefersDarkMode",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PrefersDarkMode",
                table: "AspNetUsers");
        }
    }
}
