using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Data.Auditing;

namespace VetCrm.Api.Auth;

/// <summary>The audit log's actor in the API: whoever the current request's <see cref="Actor"/> is.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId => accessor.HttpContext?.Features.Get<Actor>()?.UserId;
    public string? UserName => accessor.HttpContext?.Features.Get<Actor>()?.UserName;
}
