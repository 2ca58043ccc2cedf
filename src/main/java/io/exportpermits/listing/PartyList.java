package io.exportpermits.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CONTROL: MOFCOM's export control list (管控名单); dual-use exports to the party are prohibited, "
        + "and an exporter may apply for an exception only in special cases. WATCH: the watch list (关注名单); no general "
        + "licence, each individual application adds a risk assessment of the party and a compliance commitment, and "
        + "the 45-working-day limit does not apply.")
public enum PartyList {
    CONTROL,
    WATCH
}
