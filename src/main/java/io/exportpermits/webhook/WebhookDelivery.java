package io.exportpermits.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** Read side of the delivery log; the worker writes deliveries with plain SQL (see WebhookWorker). */
@Entity
public class WebhookDelivery {
    public enum State { PENDING, SUCCEEDED, FAILED }

    @Id
    public UUID id;
    public UUID subscriptionId;
    public long eventSeq;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;
    public int attempts;
    public Instant nextAttemptAt;
    public Integer lastStatus;
    public String lastError;
    public Instant createdAt;
    public Instant completedAt;
}
