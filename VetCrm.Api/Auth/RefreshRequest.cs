using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Common;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

using VetCrm.Api.Commands;

namespace VetCrm.Api.Auth;

public sealed record RefreshRequest(string? RefreshToken);
