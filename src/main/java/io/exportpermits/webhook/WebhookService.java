package io.exportpermits.webhook;

import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.SecretBox;
import io.exportpermits.event.EventType;
import io.exportpermits.webhook.api.CreatedWebhookSubscription;
import io.exportpermits.webhook.api.WebhookDeliveryView;
import io.exportpermits.webhook.api.WebhookSubscriptionRequest;
import io.exportpermits.webhook.api.WebhookSubscriptionUpdate;
import io.exportpermits.webhook.api.WebhookSubscriptionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class WebhookService {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final SecretBox vault;
    private final EntityManager entityManager;
    private final Clock clock;

    WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                   WebhookTargets targets, SecretBox vault, EntityManager entityManager, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.vault = vault;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public CreatedWebhookSubscription create(WebhookSubscriptionRequest request, Caller caller) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.ownerRole = caller.role();
        subscription.ownerExporterId = caller.ownExporter().orElse(null);
        subscription.ownerPartyId = caller.ownParty().orElse(null);
        subscription.ownerImporterId = caller.ownImporter().orElse(null);
        subscription.url = targets.checkSubmitted(request.url(), "url");
        subscription.description = request.description();
        subscription.eventTypes = eventTypes(request.eventTypes());
        subscription.permitNumbers = request.permitNumbers() == null ? List.of() : List.copyOf(request.permitNumbers());
        String secret = WebhookSigner.newSecret();
        subscription.secret = vault.seal(secret);
        subscription.enabled = true;
        subscription.createdByKeyId = caller.keyId();
        subscription.createdAt = clock.instant();
        subscription.updatedAt = subscription.createdAt;
        subscriptions.persistAndFlush(subscription);
        return new CreatedWebhookSubscription(view(subscription), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookSubscriptionView> list(PageRequest page, Caller caller) {
        List<WebhookSubscriptionView> fetched = subscriptions.page(caller, CreationOrder.after(page.cursor), page.limit + 1)
                .stream().map(WebhookService::view).toList();
        return Page.fromLookahead(fetched, page.limit, s -> CreationOrder.cursor(s.createdAt(), s.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<WebhookSubscriptionView> get(UUID id, Caller caller) {
        return versioned(owned(id, caller));
    }

    public Versioned<WebhookSubscriptionView> update(UUID id, WebhookSubscriptionUpdate update, String ifMatch,
                                                     Caller caller) {
        WebhookSubscription subscription = owned(id, caller);
        ETags.checkIfMatch(ifMatch, ETags.of(subscription.version), false, "the subscription");
        if (update.url() != null) {
            subscription.url = targets.checkSubmitted(update.url(), "url");
        }
        if (update.description() != null) {
            subscription.description = update.description();
        }
        if (update.eventTypes() != null) {
            subscription.eventTypes = eventTypes(update.eventTypes());
        }
        if (update.permitNumbers() != null) {
            subscription.permitNumbers = List.copyOf(update.permitNumbers());
        }
        if (update.enabled() != null) {
            if (update.enabled() && !subscription.enabled) {
                subscription.consecutiveFailures = 0;
                subscription.disabledReason = null;
            }
            subscription.enabled = update.enabled();
        }
        subscription.updatedAt = clock.instant();
        subscriptions.flush();
        return versioned(subscription);
    }

    public void delete(UUID id, Caller caller) {
        subscriptions.delete(owned(id, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryView> deliveries(UUID id, PageRequest page, Caller caller) {
        WebhookSubscription subscription = owned(id, caller);
        List<WebhookDelivery> rows = deliveries.page(subscription.id, CreationOrder.after(page.cursor), page.limit + 1);
        Page<WebhookDelivery> fetched = Page.fromLookahead(rows, page.limit, d -> CreationOrder.cursor(d.createdAt, d.id));
        return new Page<>(views(fetched.items()), fetched.next());
    }

    /** Sends the event of an earlier delivery again, as a new delivery with the same `webhook-id`. */
    public WebhookDeliveryView redeliver(UUID id, UUID deliveryId, Caller caller) {
        WebhookSubscription subscription = owned(id, caller);
        WebhookDelivery earlier = deliveries.findByIdOptional(deliveryId)
                .filter(d -> d.subscriptionId.equals(subscription.id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Subscription " + id
                        + " has no delivery " + deliveryId + "."));
        if (!subscription.enabled) {
            throw new ProblemException(ProblemType.CONFLICT, "The subscription is disabled; enable it first.");
        }
        WebhookDelivery again = new WebhookDelivery();
        again.id = UUID.randomUUID();
        again.subscriptionId = subscription.id;
        again.eventSeq = earlier.eventSeq;
        again.state = WebhookDelivery.State.PENDING;
        again.createdAt = clock.instant();
        again.nextAttemptAt = again.createdAt;
        deliveries.persistAndFlush(again);
        return views(List.of(again)).get(0);
    }

    private List<WebhookDeliveryView> views(List<WebhookDelivery> page) {
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.attemptsOf(page.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        Map<Long, Object[]> events = new java.util.HashMap<>();
        if (!page.isEmpty()) {
            List<Object[]> rows = entityManager.createNativeQuery("select seq, id, type from event where seq in (:seqs)",
                    Object[].class).setParameter("seqs", page.stream().map(d -> d.eventSeq).distinct().toList())
                    .getResultList();
            rows.forEach(r -> events.put(((Number) r[0]).longValue(), r));
        }
        List<WebhookDeliveryView> views = new ArrayList<>();
        for (WebhookDelivery d : page) {
            Object[] event = events.get(d.eventSeq);
            views.add(new WebhookDeliveryView(d.id, (UUID) event[1], (String) event[2], d.state.name(),
                    d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null, d.createdAt, d.completedAt,
                    attempts.getOrDefault(d.id, List.of()).stream().map(a -> new WebhookDeliveryView.Attempt(a.attempt,
                            a.attemptedAt, a.durationMs, a.statusCode, a.error)).toList()));
        }
        return views;
    }

    private WebhookSubscription owned(UUID id, Caller caller) {
        return subscriptions.findByIdOptional(id).filter(s -> s.ownedBy(caller))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No webhook subscription has id " + id
                        + "."));
    }

    private static List<String> eventTypes(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (EventType.ofWireName(requested.get(i)).isEmpty()) {
                errors.add(new FieldError("eventTypes[" + i + "]", EventType.unknown(requested.get(i))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return requested.stream().distinct().toList();
    }

    static WebhookSubscriptionView view(WebhookSubscription s) {
        return new WebhookSubscriptionView(s.id, s.url, s.description, s.eventTypes, s.permitNumbers, s.enabled,
                s.disabledReason, s.consecutiveFailures, s.createdAt, s.updatedAt);
    }

    private static Versioned<WebhookSubscriptionView> versioned(WebhookSubscription s) {
        return new Versioned<>(view(s), ETags.of(s.version));
    }
}
