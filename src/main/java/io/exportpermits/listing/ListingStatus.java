package io.exportpermits.listing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "NOT_YET_LISTED: the day is before the listing. LISTED: the list's measures apply. SUSPENDED: "
        + "the listing stands but its measures are suspended. LIFTED: the party was removed from the list.")
public enum ListingStatus {
    NOT_YET_LISTED,
    LISTED,
    SUSPENDED,
    LIFTED
}
