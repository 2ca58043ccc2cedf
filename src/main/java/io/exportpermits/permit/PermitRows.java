package io.exportpermits.permit;

import io.exportpermits.permit.api.ClockPause;
import io.exportpermits.party.Party;
import io.exportpermits.policy.api.EndUserKind;
import io.exportpermits.policy.api.PartyDetermination;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads whole permits, their lines and their parties in one statement, straight from JDBC: one permit
 * for the detail, the most frequent read after the status poll, or a page of them for the list. The
 * entity path spent three queries and their hydration on the detail, and on a page of 50 a second join
 * of every permit to fetch the lines plus the parties one entity at a time. The permits and parties it
 * returns are detached, for views only; the parties carry their name, country and version.
 */
@ApplicationScoped
class PermitRows {
    private static final String SELECT = """
            select p.id, p.number, p.check_code, p.exporter_id, p.type, p.status, p.consignee_id, p.end_user_id,
                   p.end_use, p.end_user_kind, p.destination, p.requested_valid_from, p.requested_valid_until,
                   p.valid_from, p.valid_until, p.conditions, p.decision_reason, p.submitted_at, p.decided_at,
                   p.decision_due_on, p.clock_paused_since, p.clock_paused_working_days, p.created_at, p.updated_at,
                   p.version,
                   c.name, c.country, e.name, e.country,
                   l.line_number, l.control_code, l.element, l.form, l.description, l.quantity, l.unit, l.value,
                   l.currency, l.licence_outcome, l.approved_quantity, l.shipped_quantity,
                   p.screening_outcome, p.screening_trigger, p.screened_at, p.screening_parties,
                   p.control_list_exception, p.control_list_exception_key, p.control_list_exception_at,
                   p.received_on, p.accepted_on, p.accepted_by_law, p.corrections, p.clock_pause_reason,
                   p.referred_to_state_council_on, c.version, e.version
            from permit p
            join party c on c.id = p.consignee_id
            join party e on e.id = p.end_user_id
            left join permit_line l on l.permit_id = p.id
            """;
    private static final String BY_NUMBER = SELECT + "where p.number = ? order by l.line_number";
    // A page in the order of its ids, each permit's lines together: one statement for the whole page.
    private static final String BY_IDS = SELECT + """
            join unnest(cast(? as uuid[])) with ordinality as page (id, position) on page.id = p.id
            order by page.position, l.line_number""";

    /** A permit with its lines, and its parties by id. */
    record Found(Permit permit, Map<UUID, Party> parties) {
    }

    private final DataSource dataSource;

    PermitRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Found> byNumber(String number) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(BY_NUMBER)) {
            select.setString(1, number);
            Loaded found = read(select);
            return found.permits().isEmpty() ? Optional.empty()
                    : Optional.of(new Found(found.permits().get(0), found.parties()));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read permit " + number, e);
        }
    }

    /** The permits of a page, in the order of their ids, and their parties by id. */
    Loaded byIds(List<UUID> ids) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(BY_IDS)) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            return read(select);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a page of permits", e);
        }
    }

    /** Permits with their lines, and their parties by id. */
    record Loaded(List<Permit> permits, Map<UUID, Party> parties) {
    }

    /** Rows come permit by permit, each permit's lines in order. */
    private static Loaded read(PreparedStatement select) throws SQLException {
        List<Permit> permits = new ArrayList<>();
        Map<UUID, Party> parties = new HashMap<>();
        try (ResultSet row = select.executeQuery()) {
            Permit permit = null;
            while (row.next()) {
                UUID id = row.getObject(1, UUID.class);
                if (permit == null || !permit.id.equals(id)) {
                    permit = permit(row);
                    permits.add(permit);
                    parties.putIfAbsent(permit.consigneeId, party(permit.consigneeId, row.getString(26), row.getString(27),
                            row.getLong(55)));
                    parties.putIfAbsent(permit.endUserId, party(permit.endUserId, row.getString(28), row.getString(29),
                            row.getLong(56)));
                }
                if (row.getObject(30) != null) {
                    permit.lines.add(line(row));
                }
            }
        }
        return new Loaded(permits, parties);
    }

    private static Permit permit(ResultSet row) throws SQLException {
        Permit p = new Permit();
        p.id = row.getObject(1, UUID.class);
        p.number = row.getString(2);
        p.checkCode = row.getString(3);
        p.exporterId = row.getObject(4, UUID.class);
        p.type = PermitType.valueOf(row.getString(5));
        p.status = PermitStatus.valueOf(row.getString(6));
        p.consigneeId = row.getObject(7, UUID.class);
        p.endUserId = row.getObject(8, UUID.class);
        p.endUse = row.getString(9);
        p.endUserKind = EndUserKind.valueOf(row.getString(10));
        p.destination = row.getString(11);
        p.requestedValidFrom = row.getObject(12, LocalDate.class);
        p.requestedValidUntil = row.getObject(13, LocalDate.class);
        p.validFrom = row.getObject(14, LocalDate.class);
        p.validUntil = row.getObject(15, LocalDate.class);
        p.conditions = row.getString(16);
        p.decisionReason = row.getString(17);
        p.submittedAt = StatusRows.instant(row, 18);
        p.decidedAt = StatusRows.instant(row, 19);
        p.decisionDueOn = row.getObject(20, LocalDate.class);
        p.clockPausedSince = row.getObject(21, LocalDate.class);
        p.clockPausedWorkingDays = row.getInt(22);
        p.createdAt = StatusRows.instant(row, 23);
        p.updatedAt = StatusRows.instant(row, 24);
        p.version = row.getLong(25);
        p.screening = screening(row);
        p.receivedOn = row.getObject(49, LocalDate.class);
        p.acceptedOn = row.getObject(50, LocalDate.class);
        p.acceptedByLaw = row.getBoolean(51);
        p.corrections = row.getString(52);
        String pause = row.getString(53);
        p.clockPauseReason = pause == null ? null : ClockPause.valueOf(pause);
        p.referredToStateCouncilOn = row.getObject(54, LocalDate.class);
        return p;
    }

    private static PermitScreening screening(ResultSet row) throws SQLException {
        String outcome = row.getString(42);
        if (outcome == null) {
            return null;
        }
        PermitScreening screening = new PermitScreening();
        screening.outcome = PartyDetermination.Outcome.valueOf(outcome);
        screening.trigger = ScreeningTrigger.valueOf(row.getString(43));
        screening.screenedAt = StatusRows.instant(row, 44);
        screening.parties = row.getString(45);
        screening.exceptionReason = row.getString(46);
        screening.exceptionKeyId = row.getString(47);
        screening.exceptionAt = StatusRows.instant(row, 48);
        return screening;
    }

    private static Party party(UUID id, String name, String country, long version) {
        Party party = new Party();
        party.id = id;
        party.name = name;
        party.country = country;
        party.version = version;
        return party;
    }

    private static PermitLine line(ResultSet row) throws SQLException {
        PermitLine line = new PermitLine();
        line.lineNumber = row.getInt(30);
        line.controlCode = row.getString(31);
        line.element = row.getString(32);
        line.form = row.getString(33);
        line.description = row.getString(34);
        line.quantity = row.getBigDecimal(35);
        line.unit = row.getString(36);
        line.value = row.getBigDecimal(37);
        line.currency = row.getString(38);
        line.licenceOutcome = row.getString(39);
        line.approvedQuantity = row.getBigDecimal(40);
        line.shippedQuantity = row.getBigDecimal(41);
        return line;
    }
}
