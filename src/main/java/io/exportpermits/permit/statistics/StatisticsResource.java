package io.exportpermits.permit.statistics;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.ContentDisposition;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.security.Caller;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@PermitAll
public class StatisticsResource {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final LicensingStatistics statistics;
    private final ShipmentStatistics shipments;
    private final Representations representations;
    private final SecurityIdentity identity;
    private final Clock clock;

    StatisticsResource(LicensingStatistics statistics, ShipmentStatistics shipments, Representations representations,
                       SecurityIdentity identity, Clock clock) {
        this.statistics = statistics;
        this.shipments = shipments;
        this.representations = representations;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/licensing")
    @Produces({MediaType.APPLICATION_JSON, StatisticsCsv.TEXT_CSV})
    @Operation(operationId = "getLicensingStatistics", summary = "How the licensing system performs",
            description = "Public. For whole months from `from` to `to`, one row per group (`groupBy`) and a total: "
                    + "applications received and accepted, decisions by outcome, correction notices, the approval rate, "
                    + "the working days decisions took from acceptance (median, 90th percentile, share within the 45-day "
                    + "limit, share of the time paused) and applications past their due day. Each figure's definition, "
                    + "including the day that places an application in the period, is on `LicensingFigures`.\n\n"
                    + "Disclosure control: no answer singles out an exporter. A figure that fewer than 3 exporters "
                    + "make up, or 75 % or more of which comes from one exporter, is withheld, and so are as many of the "
                    + "smallest others as it takes for the withheld ones together to pass the same rule (so that the "
                    + "total less the figures shown reveals no single exporter); rates and working days over decisions "
                    + "are withheld with approvals or refusals. An AUTHORITY key sees every figure; an EXPORTER key also "
                    + "gets its own figures (`own`) beside the public ones.\n\n"
                    + "`Accept: text/csv` answers the same table as CSV (one line per row, then the total; a withheld "
                    + "figure is an empty field). No answer is more than 60 seconds behind the applications it counts "
                    + "(`countedAt`). `format=CSV` does the same for a link, as a download.")
    @APIResponse(responseCode = "200", description = "The table.", headers = {
            @Header(name = "ETag", description = "Weak tag of the figures: it changes when a figure does, not when "
                    + "the same figures are counted again."),
            @Header(name = "Cache-Control", description = "`public, no-cache` without a key, `private, no-cache` with one (the "
                    + "figures depend on it): caches ask again, and the weak ETag answers 304 until a figure changes."),
            @Header(name = "Content-Disposition", description = "With CSV: an attachment named after the table, "
                    + "such as `licensing-2026-01-2026-12-MONTH.csv`.")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LicensingStatisticsView.class)),
                    @Content(mediaType = StatisticsCsv.TEXT_CSV, schema = @Schema(type =
                            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = StatisticsCsv.LICENSING_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "400", description = "A month is malformed, `from` is after `to`, or the period is "
            + "longer than 120 months.")
    public RestResponse<Object> licensing(
            @Parameter(description = "First month (YYYY-MM); 11 months before `to` if absent.", example = "2026-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last month, included (YYYY-MM); this month (UTC) if absent.", example = "2026-12")
            @QueryParam("to") String to,
            @Parameter(description = "How rows are formed; MONTH if absent.", example = "MONTH")
            @QueryParam("groupBy") StatisticsGrouping groupBy,
            @Parameter(description = "CSV or JSON regardless of Accept: for links from a browser, which cannot set "
                    + "Accept. A CSV answer comes as an attachment with a file name.", example = "CSV")
            @QueryParam("format") StatisticsFormat format,
            @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        StatisticsPeriod period = period(from, to);
        Caller caller = Caller.of(identity);
        LicensingStatisticsView view = statistics.licensing(period, groupBy == null ? StatisticsGrouping.MONTH : groupBy,
                caller);
        return answer(view, view.withCountedAt(null), StatisticsCsv::licensing,
                "licensing-" + view.from() + "-" + view.to() + "-" + view.groupBy() + ".csv", format, caller, ifNoneMatch,
                headers);
    }

    @GET
    @Path("/shipments")
    @Produces({MediaType.APPLICATION_JSON, StatisticsCsv.TEXT_CSV})
    @Operation(operationId = "getShipmentStatistics", summary = "What was licensed and shipped",
            description = "Public. For whole months from `from` to `to`, one row per group (`groupBy`) and a total: the "
                    + "quantity licensed by the period's approvals and the quantity shipped in it, in kilograms (lines "
                    + "in units of mass; other units are named in `unitsLeftOut`), and their values per currency, pro "
                    + "rata to each line's quantity. Definitions are on `ShipmentFigures`.\n\n"
                    + "Disclosure control as for licensing statistics, with each figure's contributions by exporter in "
                    + "kilograms or money: a figure fewer than 3 exporters make up, or 75 % or more of which is one "
                    + "exporter's, is withheld, and so are the smallest others it takes for the withheld ones together "
                    + "to pass the same rule. An AUTHORITY key sees every figure; an EXPORTER key also gets its own "
                    + "(`own`).\n\n`Accept: text/csv` (or `format=CSV`, for a link) answers the same table as CSV.")
    @APIResponse(responseCode = "200", description = "The table.", headers = {
            @Header(name = "ETag", description = "Weak tag of the figures: it changes when a figure does, not when "
                    + "the same figures are counted again."),
            @Header(name = "Cache-Control", description = "`public, no-cache` without a key, `private, no-cache` with one (the "
                    + "figures depend on it): caches ask again, and the weak ETag answers 304 until a figure changes."),
            @Header(name = "Content-Disposition", description = "With CSV: an attachment named after the table, "
                    + "such as `licensing-2026-01-2026-12-MONTH.csv`.")},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ShipmentStatisticsView.class)),
                    @Content(mediaType = StatisticsCsv.TEXT_CSV, schema = @Schema(type =
                            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = StatisticsCsv.SHIPMENTS_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "400", description = "A month is malformed, `from` is after `to`, or the period is "
            + "longer than 120 months.")
    public RestResponse<Object> shipments(
            @Parameter(description = "First month (YYYY-MM); 11 months before `to` if absent.", example = "2026-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last month, included (YYYY-MM); this month (UTC) if absent.", example = "2026-12")
            @QueryParam("to") String to,
            @Parameter(description = "How rows are formed; MONTH if absent.", example = "ELEMENT")
            @QueryParam("groupBy") StatisticsGrouping groupBy,
            @Parameter(description = "CSV or JSON regardless of Accept: for links from a browser, which cannot set "
                    + "Accept. A CSV answer comes as an attachment with a file name.", example = "CSV")
            @QueryParam("format") StatisticsFormat format,
            @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        StatisticsPeriod period = period(from, to);
        Caller caller = Caller.of(identity);
        ShipmentStatisticsView view = shipments.shipments(period, groupBy == null ? StatisticsGrouping.MONTH : groupBy,
                caller);
        return answer(view, view.withCountedAt(null), StatisticsCsv::shipments,
                "shipments-" + view.from() + "-" + view.to() + "-" + view.groupBy() + ".csv", format, caller, ifNoneMatch,
                headers);
    }

    /**
     * JSON or CSV as asked, tagged by its figures: weak, since a recount of the same figures (a new
     * countedAt) is the same table to a client asking whether it changed.
     */
    private <V> RestResponse<Object> answer(V view, V figures, Function<V, String> csvOf, String fileName,
                                            StatisticsFormat format, Caller caller, String ifNoneMatch,
                                            HttpHeaders headers) {
        boolean csv = format == null ? StatisticsCsv.preferred(headers.getAcceptableMediaTypes())
                : format == StatisticsFormat.CSV;
        String etag = representations.etagOf(List.of(csv ? StatisticsCsv.TEXT_CSV : MediaType.APPLICATION_JSON, figures));
        RestResponse.ResponseBuilder<Object> response = ETags.noneMatchFails(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : csv ? RestResponse.ResponseBuilder.ok(csvOf.apply(view), StatisticsCsv.TEXT_CSV + "; charset=UTF-8")
                : RestResponse.ResponseBuilder.ok(view, MediaType.APPLICATION_JSON);
        if (csv) {
            response.header("Content-Disposition", ContentDisposition.attachment(fileName));
        }
        return response.header(HttpHeaders.ETAG, "W/" + etag)
                .header(HttpHeaders.CACHE_CONTROL, (caller.isAnonymous() ? "public" : "private") + ", no-cache")
                .header(HttpHeaders.VARY, "Accept, Authorization")
                .build();
    }

    private StatisticsPeriod period(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth last = to == null ? YearMonth.now(clock) : month("to", to, errors);
        YearMonth first = from == null ? (last == null ? null : last.minusMonths(11)) : month("from", from, errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "must not be after to (" + last + ")"));
        } else if (errors.isEmpty() && ChronoUnit.MONTHS.between(first, last) >= StatisticsPeriod.MAXIMUM_MONTHS) {
            errors.add(new FieldError("from", "the period may span at most " + StatisticsPeriod.MAXIMUM_MONTHS
                    + " months; from " + first + " to " + last + " spans " + (ChronoUnit.MONTHS.between(first, last) + 1)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new StatisticsPeriod(first, last);
    }

    private static YearMonth month(String field, String value, List<FieldError> errors) {
        try {
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below, as for any other malformed month
        }
        errors.add(new FieldError(field, "must be a month written YYYY-MM, such as 2026-03"));
        return null;
    }
}
