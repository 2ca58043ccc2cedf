package io.exportpermits.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A filtered keyset query over an entity listed in the order its rows were made ({@code createdAt, id}
 * by default), oldest or newest first: optional filters are added only when their value is present, and
 * the page starts after the cursor's position.
 */
public final class CreationOrderQuery {
    private final String timeField;
    private final StringBuilder filters = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();
    private String keyset = "";
    private boolean newestFirst;

    public CreationOrderQuery() {
        this("createdAt");
    }

    /** Ordered by {@code timeField} (an Instant) and then id, for entities that name their time otherwise. */
    public CreationOrderQuery(String timeField) {
        this.timeField = timeField;
    }

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
    public CreationOrderQuery and(String clause, String name, Object value) {
        if (value != null) {
            filters.append(" and (").append(clause).append(')');
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a clause with two parameters when the first value is not null. */
    public CreationOrderQuery and(String clause, String name, Object value, String otherName, Object otherValue) {
        if (value != null) {
            and(clause, name, value);
            parameters.and(otherName, otherValue);
        }
        return this;
    }

    public CreationOrderQuery andAlways(String clause) {
        filters.append(" and (").append(clause).append(')');
        return this;
    }

    public CreationOrderQuery newestFirst(boolean newestFirst) {
        this.newestFirst = newestFirst;
        return this;
    }

    /** Starts after {@code position}; {@code typedId} is its id as the entity types it. */
    public CreationOrderQuery after(CreationOrder position, Object typedId) {
        if (position != null) {
            // A row comparison, not "a > x or (a = x and b > y)": PostgreSQL seeks the (time, id) index
            // to it, so a page a million rows deep costs what the first page costs.
            String beyond = newestFirst ? "<" : ">";
            keyset = " and (" + timeField + ", id) " + beyond + " (:afterCreatedAt, :afterId)";
            parameters.and("afterCreatedAt", position.createdAt()).and("afterId", typedId);
        }
        return this;
    }

    public <E> List<E> fetch(PanacheRepositoryBase<E, ?> repository, int rows) {
        return repository.find(page(), parameters).page(0, rows).list();
    }

    /**
     * The positions (time and id) of a page's rows, in order, each with the further values {@code also}
     * selects (HQL expressions over the entity), without loading the entities: for a caller that reads the
     * rows themselves its own way. {@code entity} is the entity's name in queries, with the alias that
     * {@code also} uses if it has subqueries (the filters and the order stay unqualified).
     */
    public List<Positioned> fetchPositions(PanacheRepositoryBase<?, ?> repository, String entity, int rows,
                                           String... also) {
        String selected = Stream.concat(Stream.of(timeField, "id"), Stream.of(also)).collect(Collectors.joining(", "));
        var query = repository.getEntityManager().createQuery("select " + selected + " from " + entity + " where "
                + page(), Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(rows).getResultStream()
                .map(row -> new Positioned(new CreationOrder((Instant) row[0], row[1].toString()),
                        Arrays.asList(row).subList(2, row.length)))
                .toList();
    }

    /** A row's position and the values selected with it, in the order they were asked for. */
    public record Positioned(CreationOrder position, List<Object> values) {
    }

    /** The filters, the keyset and the order: a page's query after its {@code where}. */
    private String page() {
        String direction = newestFirst ? " desc" : "";
        return filters + keyset + " order by " + timeField + direction + ", id" + direction;
    }

    /** How many rows match the filters, across all pages. */
    public long count(PanacheRepositoryBase<?, ?> repository) {
        Parameters filterParameters = new Parameters();
        parameters.map().forEach((name, value) -> {
            if (!name.startsWith("after")) {
                filterParameters.and(name, value);
            }
        });
        return repository.count(filters.toString(), filterParameters);
    }
}
