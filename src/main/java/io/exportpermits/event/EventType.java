package io.exportpermits.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every kind of event the feed and webhooks carry, named `<subject>.<what happened>`. */
public enum EventType {
    PERMIT_CREATED("permit.created"),
    PERMIT_SUBMITTED("permit.submitted"),
    PERMIT_ACCEPTED("permit.accepted"),
    PERMIT_CORRECTIONS_REQUESTED("permit.corrections_requested"),
    PERMIT_REVIEW_STARTED("permit.review_started"),
    PERMIT_INFORMATION_REQUESTED("permit.information_requested"),
    PERMIT_INFORMATION_PROVIDED("permit.information_provided"),
    PERMIT_CLOCK_PAUSED("permit.clock_paused"),
    PERMIT_CLOCK_RESUMED("permit.clock_resumed"),
    PERMIT_REFERRED_TO_STATE_COUNCIL("permit.referred_to_state_council"),
    PERMIT_APPROVED("permit.approved"),
    PERMIT_REFUSED("permit.refused"),
    PERMIT_WITHDRAWN("permit.withdrawn"),
    PERMIT_SUSPENDED("permit.suspended"),
    PERMIT_REINSTATED("permit.reinstated"),
    PERMIT_REVOKED("permit.revoked"),
    PERMIT_SURRENDERED("permit.surrendered"),
    PERMIT_SHIPMENT_RECORDED("permit.shipment_recorded"),
    PERMIT_VALIDITY_STARTED("permit.validity_started"),
    PERMIT_EXPIRED("permit.expired"),
    PERMIT_CHANGE_REQUESTED("permit.change_requested"),
    PERMIT_CHANGE_APPROVED("permit.change_approved"),
    PERMIT_CHANGE_REFUSED("permit.change_refused"),
    PERMIT_SCREENING_CHANGED("permit.screening_changed"),
    PERMIT_DOCUMENT_ADDED("permit_document.added"),
    PERMIT_DOCUMENT_DELETED("permit_document.deleted"),
    EXPORTER_REGISTERED("exporter.registered"),
    EXPORTER_UPDATED("exporter.updated"),
    IMPORTER_REGISTERED("importer.registered"),
    IMPORTER_VERIFIED("importer.verified"),
    IMPORTER_REJECTED("importer.rejected"),
    PARTY_LINKED_TO_IMPORTER("party.linked_to_importer"),
    PARTY_UNLINKED_FROM_IMPORTER("party.unlinked_from_importer"),
    POLICY_PUBLISHED("policy.published"),
    POLICY_AMENDED("policy.amended"),
    POLICY_SUSPENDED("policy.suspended"),
    POLICY_REPEALED("policy.repealed"),
    CONTROL_ENTRY_CREATED("control_entry.created"),
    CONTROL_ENTRY_AMENDED("control_entry.amended"),
    LISTED_PARTY_ADDED("listed_party.added"),
    LISTED_PARTY_CORRECTED("listed_party.corrected"),
    LISTED_PARTY_SUSPENDED("listed_party.suspended"),
    LISTED_PARTY_LIFTED("listed_party.lifted"),
    WEBHOOK_SUBSCRIPTION_DISABLED("webhook_subscription.disabled");

    /** Every wire name, for documentation. */
    public static final String LIST = "permit.created, permit.submitted, permit.accepted, permit.corrections_requested, "
            + "permit.review_started, "
            + "permit.information_requested, permit.information_provided, permit.clock_paused, permit.clock_resumed, "
            + "permit.referred_to_state_council, permit.approved, permit.refused, "
            + "permit.withdrawn, permit.suspended, permit.reinstated, permit.revoked, permit.surrendered, "
            + "permit.shipment_recorded, permit.validity_started, permit.expired, permit.change_requested, permit.change_approved, permit.change_refused, "
            + "permit.screening_changed, permit_document.added, permit_document.deleted, "
            + "exporter.registered, exporter.updated, importer.registered, importer.verified, importer.rejected, "
            + "party.linked_to_importer, party.unlinked_from_importer, policy.published, policy.amended, "
            + "policy.suspended, policy.repealed, control_entry.created, control_entry.amended, listed_party.added, "
            + "listed_party.corrected, listed_party.suspended, listed_party.lifted, webhook_subscription.disabled";

    public final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Why a name is no event type, kept short enough for a field error: the types of the subject the name
     * starts with, or the subjects there are.
     */
    public static String unknown(String name) {
        String subject = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        List<String> sameSubject = Arrays.stream(values()).map(t -> t.wireName)
                .filter(wireName -> wireName.startsWith(subject + ".")).toList();
        if (!sameSubject.isEmpty()) {
            return "'" + name + "' is no event type; those about a " + subject + " are " + String.join(", ", sameSubject);
        }
        return "'" + name + "' is no event type; types are <subject>.<what happened>, the subjects "
                + Arrays.stream(values()).map(t -> t.wireName.substring(0, t.wireName.indexOf('.'))).distinct()
                .collect(Collectors.joining(", "));
    }

    public static Optional<EventType> ofWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
