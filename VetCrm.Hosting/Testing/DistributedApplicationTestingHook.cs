namespace VetCrm.Hosting.Testing;

/// <summary>
/// Lets a test run the AppHost's own entry point and take the model it declares, instead of a copy of it:
/// <see cref="DistributedApplication.CreateBuilder"/> applies the test's options, and <c>Build()</c> hands the
/// builder over and ends the entry point before anything starts (as Aspire.Hosting.Testing does).
/// </summary>
internal static class DistributedApplicationTestingHook
{
    private static readonly AsyncLocal<Capture?> Current = new();

    internal sealed class Capture(Action<DistributedApplicationOptions> configure)
    {
        public Action<DistributedApplicationOptions> Configure { get; } = configure;
        public IDistributedApplicationBuilder? Builder { get; set; }
    }

    internal sealed class ModelCapturedException() : Exception("The application model was handed to the test.");

    public static IDistributedApplicationBuilder CaptureModel(Action<string[]> entryPoint, string[] args, Action<DistributedApplicationOptions> configure)
    {
        var capture = new Capture(configure);
        Current.Value = capture;
        try
        {
            entryPoint(args);
        }
        catch (Exception exception) when (exception is ModelCapturedException || exception.InnerException is ModelCapturedException)
        {
        }
        finally
        {
            Current.Value = null;
        }
        return capture.Builder ?? throw new InvalidOperationException("The entry point did not call DistributedApplication.CreateBuilder(args).Build().");
    }

    public static void ConfigureOptions(DistributedApplicationOptions options) => Current.Value?.Configure(options);

    public static void OnBuilding(IDistributedApplicationBuilder builder)
    {
        if (Current.Value is { } capture)
        {
            capture.Builder = builder;
            throw new ModelCapturedException();
        }
    }
}
