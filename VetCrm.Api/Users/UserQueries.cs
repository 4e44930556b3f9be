using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

/// <summary>Reads of user accounts (admin): the list with its filters, and one user. HTTP-free, for REST and GraphQL.</summary>
public sealed class UserQueries(VetCrmDbContext db)
{
    private static readonly ListOrders<AppUser, UserView> Orders = new ListOrders<AppUser, UserView>("createdAt")
        .By("createdAt", u => u.CreatedAt, v => v.CreatedAt)
        .By("username", u => u.UserName!, v => v.Username);

    public Task<(Page<UserView>? Page, FieldErrors Errors)> ListAsync(UserListRequest request, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking().Where(u => !u.IsSystem);
        if (request.Role is "none") users = users.Where(u => u.Role == null);
        else if (request.Role is { } role) users = users.Where(u => u.Role == role);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = $"%{request.Q.Trim()}%";
            users = users.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }
        return Orders.PageAsync(users, request, u => u.Id, v => v.Id, UserView.Projection, cancellationToken);
    }

    public Task<UserView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.Id == id && !u.IsSystem).Select(UserView.Projection).FirstOrDefaultAsync(cancellationToken);
}
