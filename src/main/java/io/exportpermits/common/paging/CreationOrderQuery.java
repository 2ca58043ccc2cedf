package io.exportpermits.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * A filtered keyset query over an entity listed in creation order ({@code createdAt, id}): optional
 * filters are added only when their value is present, and the page starts after the cursor's position.
 */
public final class CreationOrderQuery {
    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
    public CreationOrderQuery and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and (").append(clause).append(')');
            parameters.and(name, value);
        }
        return this;
    }

    public CreationOrderQuery andAlways(String clause) {
        where.append(" and (").append(clause).append(')');
        return this;
    }

    /** Starts after {@code position}; {@code typedId} is its id as the entity types it. */
    public CreationOrderQuery after(CreationOrder position, Object typedId) {
        if (position != null) {
            where.append(" and (createdAt > :afterCreatedAt or (createdAt = :afterCreatedAt and id > :afterId))");
            parameters.and("afterCreatedAt", position.createdAt()).and("afterId", typedId);
        }
        return this;
    }

    public <E> List<E> fetch(PanacheRepositoryBase<E, ?> repository, int rows) {
        return repository.find(where + " order by createdAt, id", parameters).page(0, rows).list();
    }
}
