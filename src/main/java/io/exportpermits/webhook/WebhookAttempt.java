package io.exportpermits.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

@Entity
public class WebhookAttempt {
    @Id
    public UUID id;
    public UUID deliveryId;
    public int attempt;
    public Instant attemptedAt;
    public int durationMs;
    public Integer statusCode;
    public String error;
}
