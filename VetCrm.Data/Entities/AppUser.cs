using Microsoft.AspNetCore.Identity;

namespace VetCrm.Data.Entities;

/// <summary>A staff account. One role per user (null = signed up, no clinical access yet).</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string FullName { get; set; } = "";
    public string? Role { get; set; }
    /// <summary>Service accounts (the reminder worker) have no password and cannot log in.</summary>
    public bool IsSystem { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string SystemUserName = "system";
}
