package io.exportpermits.permit.statistics;

import io.exportpermits.common.http.ContentDisposition;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.security.Caller;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    private static final String WEAK_ETAG = "Weak tag of the figures: it changes when a figure does, not when the same "
            + "figures are counted again.";
    private static final String NO_CACHE = "`public, no-cache` without a key, `private, no-cache` with one (the figures "
            + "depend on it): caches ask again, and the weak ETag answers 304 until a figure changes.";
    private static final String ATTACHMENT = "With CSV: an attachment named after the table, such as "
            + "`licensing-2026-01-2026-12-MONTH.csv`.";
    private static final String NOT_MODIFIED = "Your copy (If-None-Match) is current.";
    private static final String BAD_QUERY = "A month is malformed, `from` is after `to`, the period is longer than 120 "
            + "months, or `groupBy` or `format` is not one of its values.";
    private static final String BAD_SHIPMENTS_QUERY = BAD_QUERY + " Or `splitBy` is not one of its values, repeats "
            + "`groupBy`, or splits a grouping by time by another.";

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
            @Header(name = "ETag", description = WEAK_ETAG), @Header(name = "Cache-Control", description = NO_CACHE),
            @Header(name = "Content-Disposition", description = ATTACHMENT)},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LicensingStatisticsView.class)),
                    @Content(mediaType = StatisticsCsv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = StatisticsCsv.LICENSING_EXAMPLE))})
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = BAD_QUERY)
    public RestResponse<Object> licensing(@BeanParam StatisticsQuery query, @Context HttpHeaders headers) {
        Caller caller = Caller.of(identity);
        LicensingStatisticsView view = statistics.licensing(query.period(clock), query.grouping(), caller);
        return answer(view, view.withCountedAt(null), StatisticsCsv::licensing,
                "licensing-" + view.from() + "-" + view.to() + "-" + view.groupBy() + ".csv", query, caller, headers);
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
                    + "(`own`).\n\n`splitBy` splits every row a second way (each month by element, say). The parts are "
                    + "protected together with both totals: the rows as the table by `groupBy` shows them, the total's "
                    + "split as the table by `splitBy` does, and the parts so that in every row and column the withheld "
                    + "ones together pass the rule and none can be worked out from the others, even across rows and "
                    + "columns.\n\n`Accept: text/csv` (or `format=CSV`, for a link) answers the same table as CSV.")
    @APIResponse(responseCode = "200", description = "The table.", headers = {
            @Header(name = "ETag", description = WEAK_ETAG), @Header(name = "Cache-Control", description = NO_CACHE),
            @Header(name = "Content-Disposition", description = ATTACHMENT)},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ShipmentStatisticsView.class)),
                    @Content(mediaType = StatisticsCsv.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = {@ExampleObject(name = "csv", value = StatisticsCsv.SHIPMENTS_EXAMPLE),
                                    @ExampleObject(name = "csv-split-by-element",
                                            value = StatisticsCsv.SHIPMENTS_SPLIT_EXAMPLE)})})
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = BAD_SHIPMENTS_QUERY)
    public RestResponse<Object> shipments(@BeanParam StatisticsQuery query,
                                         @QueryParam("splitBy") @Parameter(description = "Splits each row, and the "
                                                 + "total, a second way (in `split`): `groupBy=MONTH&splitBy=ELEMENT` "
                                                 + "gives each month by element. Another grouping than `groupBy`, "
                                                 + "and not two by time.", example = "ELEMENT")
                                         StatisticsGrouping splitBy,
                                         @Context HttpHeaders headers) {
        Caller caller = Caller.of(identity);
        StatisticsPeriod period = query.period(clock);
        ShipmentStatisticsView view = shipments.shipments(period, query.grouping(), query.split(splitBy), caller);
        return answer(view, view.withCountedAt(null), StatisticsCsv::shipments, "shipments-" + view.from() + "-"
                + view.to() + "-" + view.groupBy() + (view.splitBy() == null ? "" : "-" + view.splitBy()) + ".csv",
                query, caller, headers);
    }

    /**
     * JSON or CSV as asked, tagged by its figures: weak, since a recount of the same figures (a new
     * countedAt) is the same table to a client asking whether it changed.
     */
    private <V> RestResponse<Object> answer(V view, V figures, Function<V, String> csvOf, String fileName,
                                            StatisticsQuery query, Caller caller, HttpHeaders headers) {
        boolean csv = query.format == null ? StatisticsCsv.preferred(headers.getAcceptableMediaTypes())
                : query.format == StatisticsFormat.CSV;
        String etag = representations.etagOf(List.of(csv ? StatisticsCsv.TEXT_CSV : MediaType.APPLICATION_JSON, figures));
        RestResponse.ResponseBuilder<Object> response = ETags.noneMatchFails(query.ifNoneMatch, etag)
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
}
