package io.exportpermits.importer;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.exportpermits.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class ImporterRepository implements PanacheRepositoryBase<Importer, UUID> {
    private static final String SCOPE = """
            select status, array(select party_id from party_importer_link where importer_id = importer.id)
            from importer where id = ?""";

    private final DataSource dataSource;

    ImporterRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Importer> page(ImporterStatus status, String lei, UUID onlyId, CreationOrder after, int rows) {
        return new CreationOrderQuery()
                .and("status = :status", "status", status)
                .and("lei = :lei", "lei", lei)
                .and("id = :onlyId", "onlyId", onlyId)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }

    /** The importer (pending or verified) that holds an LEI or a national identifier now. */
    Optional<Importer> holderOf(String lei, String country, String nationalIdentifier) {
        return find("status <> 'REJECTED' and (lei = ?1 or (country = ?2 and nationalIdentifier = ?3))",
                lei, country, nationalIdentifier).firstResultOptional();
    }

    public Optional<Importer> verifiedWithLei(String lei) {
        return find("status = 'VERIFIED' and lei = ?1", lei).firstResultOptional();
    }

    /**
     * What an importer organisation's keys act for: read whenever a key is authenticated afresh, once a
     * second for each key in use, so in one statement straight from JDBC (see {@code ApiKeyRepository}).
     */
    public Caller.ImporterScope scope(UUID importerId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SCOPE)) {
            select.setObject(1, importerId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("importer " + importerId + " of an API key does not exist");
                }
                Set<UUID> parties = new HashSet<>(List.of((UUID[]) row.getArray(2).getArray()));
                return Caller.ImporterScope.of(importerId, "VERIFIED".equals(row.getString(1)), parties);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read importer " + importerId, e);
        }
    }
}
