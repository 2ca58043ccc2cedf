package io.exportpermits.common.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The keyset position of collections listed in creation order: (createdAt, id). */
public record CreationOrder(Instant createdAt, String id) {

    /** The position a cursor encodes, or null for the first page. */
    public static CreationOrder after(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> keys = Cursor.decode(cursor, 2);
        return new CreationOrder(Cursor.instant(keys.get(0)), keys.get(1));
    }

    public static String cursor(Instant createdAt, Object id) {
        return Cursor.encode(createdAt.toString(), id.toString());
    }

    public UUID uuid() {
        return Cursor.uuid(id);
    }
}
