using System.Net;
using System.Net.Sockets;

namespace VetCrm.Hosting.Orchestration;

internal static class PortAllocator
{
    /// <summary>A port the OS considers free right now on 127.0.0.1.</summary>
    public static int GetFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
