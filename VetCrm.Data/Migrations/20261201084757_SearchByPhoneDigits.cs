using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VetCrm.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchByPhoneDigits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "owner_phone_digits",
                table: "pets",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                computedColumnSql: "ltrim(regexp_replace(owner_phone, '[^0-9]', '', 'g'), '0')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_pets_owner_phone_digits_trgm",
                table: "pets",
                column: "owner_phone_digits")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pets_owner_phone_digits_trgm",
                table: "pets");

            migrationBuilder.DropColumn(
                name: "owner_phone_digits",
                table: "pets");
        }
    }
}
