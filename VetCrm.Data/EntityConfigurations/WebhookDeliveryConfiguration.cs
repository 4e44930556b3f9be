using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("webhook_deliveries", table => table.HasCheckConstraint("ck_webhook_deliveries_status", "status IN ('pending', 'succeeded', 'failed')"));
        delivery.Property(d => d.EventType).HasMaxLength(40);
        delivery.Property(d => d.EntityType).HasMaxLength(60);
        delivery.Property(d => d.Status).HasMaxLength(20);
        delivery.Property(d => d.LastError).HasMaxLength(1000);
        delivery.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // The sender only looks for what is due; the deliveries list reads a subscription's newest first.
        delivery.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'pending'");
        delivery.HasIndex(d => new { d.SubscriptionId, d.CreatedAt, d.Id });
    }
}
