using Aspire.Hosting;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Live;

/// <summary>The stack scaled out: two API replicas behind one address and two reminder workers sharing the work.</summary>
public sealed class LiveStackFixture : StackFixture
{
    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("api").WithReplicas(2);
        // Small batches: a scan of a few hundred plans takes many transactions, so a worker can be killed in the middle.
        builder.CreateResourceBuilder<ProjectResource>("worker").WithReplicas(2).WithEnvironment("Reminders__BatchSize", "5");
    }
}

[CollectionDefinition("live")]
public sealed class LiveCollection : ICollectionFixture<LiveStackFixture>;
