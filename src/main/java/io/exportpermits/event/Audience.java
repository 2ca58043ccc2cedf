package io.exportpermits.event;

import io.exportpermits.common.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * Who may read an event, by the tenant rules of the resource it is about: authorities always; then
 * every key holder (public data such as policies), the exporter, or the parties a permit names (and
 * with them the importers linked to those parties), or an importer organisation by its own id.
 */
public record Audience(boolean toEveryone, UUID exporterId, List<UUID> partyIds) {
    public Audience {
        partyIds = List.copyOf(partyIds);
    }

    public static Audience everyone() {
        return new Audience(true, null, List.of());
    }

    public static Audience exporter(UUID exporterId) {
        return new Audience(false, exporterId, List.of());
    }

    /** A permit is seen by its exporter and by the importers it names as consignee or end user. */
    public static Audience permit(UUID exporterId, UUID consigneeId, UUID endUserId) {
        return new Audience(false, exporterId, List.of(consigneeId, endUserId).stream().distinct().toList());
    }

    public boolean includes(Caller caller) {
        return caller.isAuthority() || toEveryone
                || caller.ownExporter().map(id -> id.equals(exporterId)).orElse(false)
                || partyIds.stream().anyMatch(caller.importerTenancy()::contains);
    }
}
