package io.exportpermits.event.api;

import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The feed's events as the contract describes them: one schema per subject ({@code PermitEvent},
 * {@code ExporterEvent}, ...) whose {@code data} is that subject's view, and {@code EventView} one of
 * them, chosen by the event's {@code type}. A typed client then knows what {@code data} is from
 * {@code type} alone, without a cast. Built from {@link EventType}, so a new event type is in the
 * contract the moment it exists.
 */
public final class EventContract {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ENVELOPE = "EventView";
    private static final Map<SubjectType, String> VIEWS = Map.ofEntries(Map.entry(SubjectType.PERMIT, "PermitStatusView"),
            Map.entry(SubjectType.PERMIT_DOCUMENT, "DocumentView"), Map.entry(SubjectType.EXPORTER, "ExporterView"),
            Map.entry(SubjectType.IMPORTER, "ImporterView"), Map.entry(SubjectType.PARTY, "PartyView"),
            Map.entry(SubjectType.POLICY, "PolicyView"),
            Map.entry(SubjectType.CONTROL_ENTRY, "ControlEntryView"), Map.entry(SubjectType.LISTED_PARTY, "ListedPartyView"),
            Map.entry(SubjectType.WEBHOOK_SUBSCRIPTION, "WebhookSubscriptionView"));

    private EventContract() {
    }

    public static void discriminate(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Schema envelope = components == null || components.getSchemas() == null ? null
                : components.getSchemas().get(ENVELOPE);
        if (envelope == null || envelope.getProperties() == null) {
            return;
        }
        Discriminator discriminator = OASFactory.createDiscriminator().propertyName("type");
        Schema events = OASFactory.createSchema().description(envelope.getDescription() + " Its `type` says "
                + "which of these it is, and so what `data` holds.").discriminator(discriminator);
        for (SubjectType subject : SubjectType.values()) {
            String name = variantName(subject);
            List<String> types = Arrays.stream(EventType.values()).map(event -> event.wireName)
                    .filter(wireName -> wireName.startsWith(subject.wireName + ".")).toList();
            Map<String, Schema> properties = new LinkedHashMap<>(envelope.getProperties());
            Schema typeSchema = properties.get("type");
            Object example = typeSchema.getExamples() != null && types.containsAll(typeSchema.getExamples())
                    ? typeSchema.getExamples().get(0) : types.get(0);
            properties.put("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .description(typeSchema.getDescription()).enumeration(List.copyOf(types)).examples(List.of(example)));
            properties.put("data", OASFactory.createSchema().ref(SCHEMAS + VIEWS.get(subject))
                    .description("The " + subject.wireName.replace('_', ' ') + " as its GET answers it after the change."));
            components.addSchema(name, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("An event about a " + subject.wireName.replace('_', ' ') + ".")
                    .required(envelope.getRequired()).properties(properties));
            types.forEach(type -> discriminator.addMapping(type, SCHEMAS + name));
            events.addOneOf(OASFactory.createSchema().ref(SCHEMAS + name));
        }
        components.addSchema(ENVELOPE, events);
    }

    private static String variantName(SubjectType subject) {
        StringBuilder name = new StringBuilder();
        for (String word : subject.wireName.split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("Event").toString();
    }
}
