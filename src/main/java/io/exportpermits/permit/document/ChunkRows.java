package io.exportpermits.permit.document;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one document's chunks in PostgreSQL's binary COPY format (signature, flags and header
 * extension, then per row its field count and each field's length and bytes, then -1), written as
 * they are read so that only {@link #BUFFER_BYTES} of the document are in memory at a time.
 */
final class ChunkRows {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 3;
    private static final int UUID_BYTES = 16;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final CopyIn copy;
    private final UUID document;
    private final byte[] buffer = new byte[BUFFER_BYTES];

    ChunkRows(CopyIn copy, UUID document) throws SQLException {
        this.copy = copy;
        this.document = document;
        ByteBuffer header = ByteBuffer.allocate(SIGNATURE.length + 8).put(SIGNATURE).putInt(0).putInt(0);
        copy.writeToCopy(header.array(), 0, header.position());
    }

    /** One row: the document, the chunk's number, and the next {@code length} bytes of {@code in}. */
    void row(int seq, int length, InputStream in) throws SQLException, IOException {
        ByteBuffer fields = ByteBuffer.allocate(2 + 4 + UUID_BYTES + 4 + 4 + 4)
                .putShort(FIELDS)
                .putInt(UUID_BYTES)
                .putLong(document.getMostSignificantBits()).putLong(document.getLeastSignificantBits())
                .putInt(Integer.BYTES).putInt(seq)
                .putInt(length);
        copy.writeToCopy(fields.array(), 0, fields.position());
        int left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the document's file ended " + left + " bytes early");
            }
            copy.writeToCopy(buffer, 0, read);
            left -= read;
        }
    }

    /** The trailer; the rows are stored when the copy ends. */
    void end() throws SQLException {
        ByteBuffer trailer = ByteBuffer.allocate(2).putShort((short) -1);
        copy.writeToCopy(trailer.array(), 0, trailer.position());
        copy.endCopy();
    }
}
