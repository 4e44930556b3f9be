namespace VetCrm.Data.Entities;

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Archive = "archive";
    public const string StatusChange = "statusChange";
    public const string Read = "read";
    public const string Login = "login";
    public const string LoginFailed = "loginFailed";
    public const string Logout = "logout";
    public const string RoleChange = "roleChange";
    public const string Download = "download";

    public static readonly string[] All = [Create, Update, Archive, StatusChange, Read, Login, LoginFailed, Logout, RoleChange, Download];
}
