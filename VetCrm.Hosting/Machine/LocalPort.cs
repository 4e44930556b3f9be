using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Ports for servers that listen directly (not behind DCP's proxy). Chosen below Linux's ephemeral range
/// (32768–60999): a client that retries a closed port inside that range can connect to itself and keep the port busy.
/// </summary>
public static class LocalPort
{
    private const int First = 20000;
    private const int Last = 32767;

    /// <summary>
    /// The fixed development port, or a free random one when the model runs isolated (the testing builder asks for
    /// random ports, so that several stacks can run side by side).
    /// </summary>
    public static int Choose(IConfiguration configuration, int? developmentPort) =>
        developmentPort is { } port && !configuration.GetValue<bool>("DcpPublisher:RandomizePorts") ? port : PickFree();

    private static int PickFree()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var candidate = Random.Shared.Next(First, Last + 1);
            try
            {
                using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                probe.Bind(new IPEndPoint(IPAddress.Loopback, candidate));
                return candidate;
            }
            catch (SocketException)
            {
            }
        }
        throw new DistributedApplicationException($"No free port between {First} and {Last}.");
    }
}
