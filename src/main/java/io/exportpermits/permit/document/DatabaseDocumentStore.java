package io.exportpermits.permit.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.copy.CopyIn;

/**
 * Documents in PostgreSQL, in rows of 1 MiB: a write streams them through a small buffer, a read takes one
 * row per query, so a 20 MB document never sits whole in the heap (nor in the driver's result buffer).
 */
@ApplicationScoped
public class DatabaseDocumentStore implements DocumentStore {
    static final int CHUNK_BYTES = 1 << 20;

    private final DataSource dataSource;

    DatabaseDocumentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(UUID document, Path content) throws IOException {
        // One COPY for all the chunks: the server stores each while the next arrives, where an insert per
        // chunk waited a round trip each time; the bytes pass through a small buffer, never a whole chunk.
        try (Connection connection = dataSource.getConnection();
             InputStream in = Files.newInputStream(content)) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy permit_document_chunk (document_id, seq, data) from stdin (format binary)");
            try {
                ChunkRows rows = new ChunkRows(copy, document);
                long remaining = Files.size(content);
                for (int seq = 0; remaining > 0; seq++) {
                    int length = (int) Math.min(CHUNK_BYTES, remaining);
                    rows.row(seq, length, in);
                    remaining -= length;
                }
                rows.end();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the content of document " + document, e);
        }
    }

    @Override
    public void read(UUID document, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select data from permit_document_chunk where document_id = ? and seq = ?")) {
            // In binary from the first row: as text, each chunk would come as hex, twice its size, to decode.
            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            for (int seq = 0; ; seq++) {
                select.setObject(1, document);
                select.setInt(2, seq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("could not read document " + document, e));
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID document) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from permit_document_chunk where document_id = ?")) {
            delete.setObject(1, document);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the content of document " + document, e);
        }
    }
}
