using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Live;

public sealed record LiveToken(string AccessToken);
