package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.exportpermits.client.ApiClient;
import io.exportpermits.client.ApiException;
import io.exportpermits.client.ApiResponse;
import io.exportpermits.client.api.ApiKeysApi;
import io.exportpermits.client.api.EventsApi;
import io.exportpermits.client.api.ExportersApi;
import io.exportpermits.client.api.PermitsApi;
import io.exportpermits.client.model.ApprovalRequest;
import io.exportpermits.client.model.Contact;
import io.exportpermits.client.model.CreateApiKeyRequest;
import io.exportpermits.client.model.CreateExporterRequest;
import io.exportpermits.client.model.CreatePermitRequest;
import io.exportpermits.client.model.EndUserKind;
import io.exportpermits.client.model.EventPage;
import io.exportpermits.client.model.EventView;
import io.exportpermits.client.model.ExporterView;
import io.exportpermits.client.model.PartyReference;
import io.exportpermits.client.model.PermitEvent;
import io.exportpermits.client.model.PermitActionRequest;
import io.exportpermits.client.model.PermitLineRequest;
import io.exportpermits.client.model.PermitStatus;
import io.exportpermits.client.model.PermitStatusView;
import io.exportpermits.client.model.PermitType;
import io.exportpermits.client.model.PermitView;
import io.exportpermits.client.model.Role;
import io.exportpermits.client.model.ShipmentLineRequest;
import io.exportpermits.client.model.ShipmentRequest;
import io.exportpermits.client.model.ShipmentView;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestPermits;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the committed contract (openapi-generator, Java, native HTTP client; see the
 * pom) drives the packaged service through a whole permit's life: what an integrator's first day does.
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    @Test
    void aGeneratedClientRunsAPermitFromRegistrationToTheEventFeed() throws ApiException {
        ApiClient authority = client(TestKeys.AUTHORITY);
        ExporterView exporter = new ExportersApi(authority).registerExporter(new CreateExporterRequest()
                .legalName("Generated Client Rare Earths Co., Ltd.").country("CN")
                .nationalIdentifier(TestKeys.newUscc()).address("No. 1 Rare Earth Road\nFuzhou, Fujian 350000")
                .contact(new Contact().name("Li Wei").email("compliance@example.com")), null);
        String exporterSecret = new ApiKeysApi(authority).createApiKey(new CreateApiKeyRequest()
                .name("generated client ERP").role(Role.EXPORTER).exporterId(exporter.getId()), null).getSecret();
        ApiClient exporterClient = client(exporterSecret);
        PermitsApi asExporter = new PermitsApi(exporterClient);
        PermitsApi asAuthority = new PermitsApi(authority);

        ApiResponse<PermitView> draft = asExporter.createPermitWithHttpInfo(new CreatePermitRequest()
                .type(PermitType.INDIVIDUAL)
                .consignee(new PartyReference().name("Motor Works GmbH").country("DE"))
                .endUser(new PartyReference().name("Motor Works GmbH").country("DE"))
                .endUserKind(EndUserKind.COMMERCIAL).endUse("Permanent magnets for electric vehicle motors")
                .destination("DE").requestedValidFrom(TestPermits.VALID_FROM_DAY)
                .requestedValidUntil(LocalDate.parse(TestPermits.VALID_UNTIL))
                .lines(List.of(new PermitLineRequest().controlCode("1C902.b").description("Samarium oxide, 99.9 %")
                        .quantity(new BigDecimal("500")).unit("KGM").value(new BigDecimal("125000"))
                        .currency("USD"))), UUID.randomUUID().toString());
        assertEquals(201, draft.getStatusCode());
        String number = draft.getData().getNumber();

        String tag = etag(draft);
        tag = etag(asExporter.submitPermitWithHttpInfo(number, tag, new PermitActionRequest(), null));
        tag = etag(asAuthority.startPermitReviewWithHttpInfo(number, tag, new PermitActionRequest(), null));
        PermitView approved = asAuthority.approvePermit(number, tag, new ApprovalRequest()
                .validFrom(TestPermits.VALID_FROM_DAY).validUntil(LocalDate.parse(TestPermits.VALID_UNTIL))
                .conditions("No re-export without prior consent."), null);
        assertEquals(PermitStatus.APPROVED, approved.getStatus());

        ApiResponse<PermitStatusView> polled = asExporter.getPermitStatusWithHttpInfo(number, null);
        assertEquals(PermitStatus.APPROVED, polled.getData().getStatus());
        ApiException notModified = assertThrows(ApiException.class,
                () -> asExporter.getPermitStatusWithHttpInfo(number, etag(polled)));
        assertEquals(304, notModified.getCode(), "a current tag is answered 304 Not Modified");

        ShipmentView shipment = asExporter.recordShipment(number, new ShipmentRequest().batchId("CUS-" + number)
                .shippedOn(LocalDate.parse(TestPermits.validityDay(2)))
                .lines(List.of(new ShipmentLineRequest().lineNumber(1).quantity(new BigDecimal("120.5")))), null);
        assertEquals(0, new BigDecimal("379.5").compareTo(shipment.getLines().get(0).getRemainingAfter()));

        // The whole feed is this exporter's permits and every public change (policies): follow it to its end.
        List<EventView> events = new ArrayList<>();
        EventPage page = null;
        do {
            page = new EventsApi(exporterClient).listEvents(page == null ? null : page.getNext(), 200,
                    "permit.submitted,permit.approved,permit.shipment_recorded", null);
            events.addAll(page.getItems());
        } while (Boolean.TRUE.equals(page.getMore()));
        // Each event is read as the variant its type names: a permit's event carries the permit's status.
        List<PermitEvent> story = events.stream().map(EventView::getActualInstance)
                .filter(PermitEvent.class::isInstance).map(PermitEvent.class::cast)
                .filter(event -> number.equals(event.getSubject().getId())).toList();
        assertEquals(List.of("permit.submitted", "permit.approved", "permit.shipment_recorded"),
                story.stream().map(event -> event.getType().getValue()).toList(), "the feed tells this permit's story");
        assertEquals(PermitStatus.APPROVED, story.get(2).getData().getStatus(), "events carry their subject's view");
    }

    private static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }
}
