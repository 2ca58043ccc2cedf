package io.exportpermits.exporter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ExporterRepository implements PanacheRepositoryBase<Exporter, UUID> {

    public Optional<Exporter> findByIdentifier(String country, String nationalIdentifier) {
        return find("country = ?1 and nationalIdentifier = ?2", country, nationalIdentifier).firstResultOptional();
    }

    /** A keyset page in creation order, filtered; {@code onlyId} restricts it to one exporter's own row. */
    public List<Exporter> search(ExporterSearch search, UUID onlyId, CreationOrder after, int rows) {
        return new CreationOrderQuery()
                .and("id = :onlyId", "onlyId", onlyId)
                .and("lower(legalName) like :name escape '\\' or lower(legalNameLocal) like :name escape '\\'", "name",
                        search.name == null ? null : "%" + escapeLike(search.name.toLowerCase()) + "%")
                .and("nationalIdentifier = :identifier", "identifier",
                        search.nationalIdentifier == null ? null : NationalIdentifiers.normalise(search.nationalIdentifier))
                .and("country = :country", "country", search.country)
                .and("status = :status", "status", search.status)
                .after(after, after == null ? null : after.uuid())
                .fetch(this, rows);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
