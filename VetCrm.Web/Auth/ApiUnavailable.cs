using System.Net;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

/// <summary>The ways a call to the API fails when the API is down or not answering, as opposed to refusing the request.</summary>
public static class ApiUnavailable
{
    public static bool Is(Exception exception) =>
        exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException
        || exception is ApiProblemException { Status: HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError };
}
