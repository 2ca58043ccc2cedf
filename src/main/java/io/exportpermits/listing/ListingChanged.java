package io.exportpermits.listing;

import java.util.Set;
import java.util.UUID;

/**
 * A listing was added or changed, inside the transaction that changes it. {@code names} are every name
 * it had before and has now, so that whatever named a party matching either is screened again.
 */
public record ListingChanged(UUID listingId, Set<String> names) {
}
