package io.exportpermits.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.support.TestControlEntries;
import io.exportpermits.support.TestDocuments;
import io.exportpermits.support.TestKeys;
import io.exportpermits.support.TestListings;
import io.exportpermits.support.TestPermits;
import io.exportpermits.support.TestPolicies;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Who may call what: for every operation of the API, the status each kind of caller is promised, and how
 * to make the call (on fresh resources where the call consumes or changes one). {@link AccessMatrixTest}
 * holds the service to it.
 */
final class AccessRules {
    private AccessRules() {
    }

    /**
     * OWN_IMPORTER is a key bound to party P alone; IMPORTER_ORGANISATION a verified organisation linked to P
     * and to a party of another exporter (and once to a party whose link was removed); PENDING_IMPORTER an
     * organisation that registered itself and is not verified yet.
     */
    enum Who { ANONYMOUS, AUTHORITY, OWN_EXPORTER, OTHER_EXPORTER, OWN_IMPORTER, OTHER_IMPORTER, IMPORTER_ORGANISATION,
        PENDING_IMPORTER }

    /** What a key of an unverified importer may still call besides public data: its organisation and its keys. */
    private static final Set<String> OPEN_TO_UNVERIFIED_IMPORTERS = Set.of("listApiKeys", "getCurrentApiKey",
            "getApiKey", "rotateApiKey", "createApiKey", "revokeApiKey", "listImporters", "getImporter");

    /** The tenants every row acts on: exporter A with its party P, importer organisation I linked to P, strangers. */
    record Fixture(String exporterA, String partyOfA, String keyOfA, String permitOfA, String importerOfP,
                   Map<Who, String> keys) {
    }

    /** What one call sends; computed per call, so that rows that consume something get a fresh one. */
    record Call(String path, Object body, Map<String, String> headers) {
    }

    /**
     * Rows written before importer organisations give six statuses: the organisation linked to P is then
     * expected to be answered as P's own key, and the unverified one as a stranger importer where anyone may
     * call, as one of its own keys allow, and 403 everywhere else.
     */
    record Row(String method, Function<Fixture, Call> call, int... expected) {
        Row {
            assertTrue(expected.length == Who.values().length || expected.length == Who.values().length - 2,
                    "one expected status per caller");
        }

        int expectedFor(String operation, Who who) {
            if (who.ordinal() < expected.length) {
                return expected[who.ordinal()];
            }
            if (who == Who.IMPORTER_ORGANISATION) {
                return expected[Who.OWN_IMPORTER.ordinal()];
            }
            boolean isPublic = expected[Who.ANONYMOUS.ordinal()] != 401;
            return isPublic || OPEN_TO_UNVERIFIED_IMPORTERS.contains(operation) ? expected[Who.OTHER_IMPORTER.ordinal()]
                    : 403;
        }

        Row(String method, Function<Fixture, String> path, Function<Fixture, Object> body, int... expected) {
            this(method, f -> new Call(path.apply(f), body.apply(f), Map.of()), expected);
        }
    }

    /** A freshly published policy and its ETag, for rows that change one. */
    private static Function<Fixture, Call> onFreshPolicy(String suffix, Object body) {
        return f -> {
            var policy = TestPolicies.publish();
            return new Call("/api/v1/policies/" + policy.id() + suffix, body, Map.of("If-Match", policy.etag()));
        };
    }

    /** A fresh webhook subscription of exporter A (to a closed local port), for rows that act on one. */
    private static Function<Fixture, Call> onFreshSubscription(String suffix, Object body) {
        return f -> new Call("/api/v1/webhook-subscriptions/" + subscriptionOfA(f) + suffix, body, Map.of());
    }

    /** A pending change request on a fresh licence of exporter A. */
    private static String changeOfA(Fixture f) {
        String permit = TestPermits.inState("APPROVED", f.keyOfA(), f.partyOfA()).number();
        return "/api/v1/permits/" + permit + "/changes/" + given().auth().oauth2(f.keyOfA())
                .contentType(ContentType.JSON).body(Map.of("validUntil", TestPermits.validityDay(100), "reason", "m"))
                .post("/api/v1/permits/" + permit + "/changes").then().statusCode(201).extract().path("id");
    }

    /** A fresh self-registered importer, pending verification. */
    private static String pendingImporter() {
        return given().contentType(ContentType.JSON).body(importerBody()).post("/api/v1/importer-registrations")
                .then().statusCode(201).extract().path("importer.id");
    }

    private static Map<String, Object> importerBody() {
        return Map.of("legalName", "Matrix Buyer", "country", "US", "lei", TestKeys.newLei(),
                "contactEmail", "buyer@importer.example");
    }

    /** A fresh party of exporter A, linked to importer I. */
    private static String linkedPartyOfA(Fixture f) {
        String party = TestKeys.newParty(f.keyOfA(), "Matrix Linked");
        link(party, f.importerOfP());
        return party;
    }

    /** A document on a fresh draft of exporter A. */
    private static String documentOfA(Fixture f) {
        String permit = TestPermits.draft(f.keyOfA(), f.partyOfA()).number();
        return "/api/v1/permits/" + permit + "/documents/" + given().auth().oauth2(f.keyOfA())
                .contentType("application/pdf").body(TestDocuments.pdf()).queryParam("kind", "CONTRACT")
                .queryParam("fileName", "m.pdf").queryParam("language", "en")
                .post("/api/v1/permits/" + permit + "/documents").then().statusCode(201).extract().path("id");
    }

    private static String subscriptionOfA(Fixture f) {
        return given().auth().oauth2(f.keyOfA()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/matrix", "eventTypes", List.of("permit.created")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("subscription.id");
    }

    static final Map<String, Row> MATRIX = new LinkedHashMap<>();
    /** MP Materials Corp. on the control list: seeded, so the same id everywhere. */
    private static final String SEEDED_LISTING = "38de0271-0ff5-2030-1245-752db511419d";

    static {
        //                                                                anon auth ownE othE ownI othI
        MATRIX.put("getApiIndex", new Row("GET", f -> "/api/v1", f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("registerExporter", new Row("POST", f -> "/api/v1/exporters",
                f -> TestKeys.exporterBody("Matrix Co."), 401, 201, 403, 403, 403, 403));
        MATRIX.put("listExporters", new Row("GET", f -> "/api/v1/exporters", f -> null, 401, 200, 200, 200, 403, 403));
        MATRIX.put("getExporter", new Row("GET", f -> "/api/v1/exporters/" + f.exporterA(), f -> null,
                401, 200, 200, 404, 403, 403));
        MATRIX.put("updateExporter", new Row("PATCH", f -> "/api/v1/exporters/" + f.exporterA(),
                f -> Map.of("address", "No. 2 Magnet Street\nNingbo"), 401, 200, 200, 404, 403, 403));
        MATRIX.put("addParty", new Row("POST", f -> "/api/v1/parties",
                f -> Map.of("name", "Matrix Consignee", "country", "DE"), 401, 201, 201, 201, 403, 403));
        MATRIX.put("listParties", new Row("GET", f -> "/api/v1/parties", f -> null, 401, 200, 200, 200, 200, 200));
        MATRIX.put("getParty", new Row("GET", f -> "/api/v1/parties/" + f.partyOfA(), f -> null,
                401, 200, 200, 404, 200, 404));
        MATRIX.put("updateParty", new Row("PATCH", f -> "/api/v1/parties/" + f.partyOfA(),
                f -> Map.of("identifier", "DE-HRB-1234"), 401, 200, 403, 403, 403, 403));
        //                                                                anon auth ownE othE ownI othI org  pend
        MATRIX.put("createImporter", new Row("POST", f -> "/api/v1/importers", f -> importerBody(),
                401, 201, 403, 403, 403, 403, 403, 403));
        MATRIX.put("registerImporter", new Row("POST", f -> "/api/v1/importer-registrations", f -> importerBody(),
                201, 201, 201, 201, 201, 201, 201, 201));
        MATRIX.put("listImporters", new Row("GET", f -> "/api/v1/importers", f -> null,
                401, 200, 403, 403, 200, 200, 200, 200));
        MATRIX.put("getImporter", new Row("GET", f -> "/api/v1/importers/" + f.importerOfP(), f -> null,
                401, 200, 403, 403, 404, 404, 200, 404));
        MATRIX.put("verifyImporter", new Row("POST", f -> "/api/v1/importers/" + pendingImporter() + "/verify",
                f -> null, 401, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("rejectImporter", new Row("POST", f -> "/api/v1/importers/" + pendingImporter() + "/reject",
                f -> Map.of("reason", "matrix"), 401, 200, 403, 403, 403, 403, 403, 403));
        MATRIX.put("linkPartyToImporter", new Row("POST", f -> "/api/v1/parties/"
                + TestKeys.newParty(f.keyOfA(), "Matrix Link") + "/importer-link",
                f -> Map.of("importerId", f.importerOfP()), 401, 201, 201, 404, 403, 403, 403, 403));
        MATRIX.put("getPartyImporterLink", new Row("GET", f -> "/api/v1/parties/" + f.partyOfA() + "/importer-link",
                f -> null, 401, 200, 200, 404, 200, 404, 200, 403));
        MATRIX.put("unlinkPartyFromImporter", new Row("DELETE", f -> "/api/v1/parties/" + linkedPartyOfA(f)
                + "/importer-link", f -> null, 401, 204, 204, 404, 404, 404, 204, 403));
        MATRIX.put("getPartyHistory", new Row("GET", f -> "/api/v1/parties/" + f.partyOfA() + "/history",
                f -> null, 401, 200, 200, 404, 200, 404, 200, 403));
        MATRIX.put("createApiKey", new Row("POST", f -> "/api/v1/api-keys",
                f -> Map.of("name", "matrix key", "role", "EXPORTER", "exporterId", f.exporterA()),
                401, 201, 201, 403, 403, 403));
        MATRIX.put("listApiKeys", new Row("GET", f -> "/api/v1/api-keys", f -> null, 401, 200, 200, 200, 200, 200));
        MATRIX.put("getCurrentApiKey", new Row("GET", f -> "/api/v1/api-keys/current", f -> null,
                401, 200, 200, 200, 200, 200));
        MATRIX.put("getApiKey", new Row("GET", f -> "/api/v1/api-keys/" + TestKeys.idOf(f.keyOfA()), f -> null,
                401, 200, 200, 404, 404, 404));
        // Each call rotates a throwaway key of exporter A.
        MATRIX.put("rotateApiKey", new Row("POST", f -> new Call("/api/v1/api-keys/"
                + TestKeys.idOf(TestKeys.exporterKey(f.exporterA())) + "/rotate", Map.of(), Map.of()),
                401, 201, 201, 404, 404, 404));
        MATRIX.put("listPolicies", new Row("GET", f -> "/api/v1/policies", f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("getPolicy", new Row("GET", f -> "/api/v1/policies/mofcom-gac-2025-18", f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("listControlEntries", new Row("GET", f -> "/api/v1/control-list", f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("getControlEntry", new Row("GET", f -> "/api/v1/control-list/1C902", f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("determineLicenceRequirement", new Row("POST", f -> "/api/v1/licence-determinations",
                f -> Map.of("destination", "US", "endUserKind", "COMMERCIAL", "items", List.of(Map.of("element", "Sm"))),
                200, 200, 200, 200, 200, 200));
        MATRIX.put("publishPolicy", new Row("POST",
                f -> new Call("/api/v1/policies", TestPolicies.request(TestPolicies.newNumber(), "matrix"), Map.of()),
                401, 201, 403, 403, 403, 403));
        MATRIX.put("amendPolicy", new Row("PUT", f -> {
            var policy = TestPolicies.publish();
            int number = Integer.parseInt(policy.id().substring(policy.id().lastIndexOf('-') + 1));
            return new Call("/api/v1/policies/" + policy.id(), TestPolicies.request(number, "amended"),
                    Map.of("If-Match", policy.etag()));
        }, 401, 200, 403, 403, 403, 403));
        MATRIX.put("suspendPolicy", new Row("POST", f -> {
            var declaring = TestPolicies.publish();
            return onFreshPolicy("/suspensions", Map.of("declaredBy", declaring.id(), "from", "2020-01-01",
                    "until", "2020-02-01", "reason", "matrix")).apply(f);
        }, 401, 200, 403, 403, 403, 403));
        MATRIX.put("repealPolicy", new Row("POST",
                onFreshPolicy("/repeal", Map.of("repealedOn", "2021-01-01", "reason", "matrix")),
                401, 200, 403, 403, 403, 403));
        MATRIX.put("listPolicyRevisions", new Row("GET", f -> "/api/v1/policies/mofcom-gac-2025-18/revisions",
                f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("saveControlEntry", new Row("PUT", f -> new Call("/api/v1/control-list/" + TestControlEntries.newCode(),
                TestControlEntries.request(TestControlEntries.ROOT, "matrix"), Map.of()),
                401, 201, 403, 403, 403, 403));
        MATRIX.put("listControlEntryRevisions", new Row("GET", f -> "/api/v1/control-list/1C902/revisions", f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("listListedParties", new Row("GET", f -> "/api/v1/listed-parties", f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("getListedParty", new Row("GET", f -> "/api/v1/listed-parties/" + SEEDED_LISTING, f -> null,
                200, 200, 200, 200, 200, 200));
        MATRIX.put("listListedPartyRevisions", new Row("GET", f -> "/api/v1/listed-parties/" + SEEDED_LISTING
                + "/revisions", f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("screenParties", new Row("POST", f -> "/api/v1/party-screenings",
                f -> Map.of("parties", List.of(Map.of("name", "Matrix Magnets"))), 200, 200, 200, 200, 200, 200));
        MATRIX.put("addListedParty", new Row("POST", f -> new Call("/api/v1/listed-parties",
                TestListings.request(TestListings.newName()), Map.of()), 401, 201, 403, 403, 403, 403));
        MATRIX.put("correctListedParty", new Row("PUT", f -> {
            var listing = TestListings.add();
            return new Call("/api/v1/listed-parties/" + listing.id(), TestListings.request(listing.name()),
                    Map.of("If-Match", listing.etag()));
        }, 401, 200, 403, 403, 403, 403));
        MATRIX.put("suspendListedParty", new Row("POST", f -> {
            var listing = TestListings.add();
            return new Call("/api/v1/listed-parties/" + listing.id() + "/suspensions", Map.of("decision", "matrix",
                    "from", "2099-04-01", "source", "matrix", "reason", "matrix"), Map.of("If-Match", listing.etag()));
        }, 401, 200, 403, 403, 403, 403));
        MATRIX.put("liftListedParty", new Row("POST", f -> {
            var listing = TestListings.add();
            return new Call("/api/v1/listed-parties/" + listing.id() + "/lift", Map.of("liftedOn", "2099-05-01",
                    "decision", "matrix", "reason", "matrix"), Map.of("If-Match", listing.etag()));
        }, 401, 200, 403, 403, 403, 403));
        MATRIX.put("createPermit", new Row("POST", f -> "/api/v1/permits",
                f -> Map.of("type", "INDIVIDUAL", "consignee", Map.of("name", "Matrix Consignee", "country", "DE"),
                        "endUser", Map.of("name", "Matrix End User", "country", "DE"), "endUserKind", "COMMERCIAL",
                        "endUse", "matrix", "destination", "DE", "requestedValidFrom", TestPermits.VALID_FROM,
                        "requestedValidUntil", TestPermits.VALID_UNTIL, "lines", List.of(Map.of("controlCode", "1C902.b",
                                "description", "matrix", "quantity", 1, "unit", "KGM", "value", 1, "currency", "USD"))),
                401, 403, 201, 201, 403, 403));
        MATRIX.put("listPermits", new Row("GET", f -> "/api/v1/permits", f -> null, 401, 200, 200, 200, 200, 200));
        MATRIX.put("getPermit", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA(), f -> null,
                401, 200, 200, 404, 200, 404));
        MATRIX.put("getPermitHistory", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA() + "/history", f -> null,
                401, 200, 200, 404, 200, 404));
        exporterAction("submitPermit", "DRAFT", "submit", null);
        exporterAction("withdrawPermit", "SUBMITTED", "withdraw", null);
        exporterAction("respondToPermitInformationRequest", "INFORMATION_REQUESTED", "respond", Map.of("reason", "answer"));
        exporterAction("surrenderPermit", "APPROVED", "surrender", null);
        authorityAction("startPermitReview", "SUBMITTED", "start-review", null);
        authorityAction("acceptPermitApplication", "SUBMITTED", "accept", null);
        authorityAction("pausePermitClock", "UNDER_REVIEW", "pause-clock", Map.of("pause", "ON_SITE_CHECK",
                "reason", "matrix"));
        authorityAction("referPermitToStateCouncil", "UNDER_REVIEW", "refer-to-state-council", Map.of("reason", "matrix"));
        MATRIX.put("resumePermitClock", new Row("POST", f -> {
            var paused = TestPermits.act(TestPermits.inState("UNDER_REVIEW", f.keyOfA(), f.partyOfA()), "pause-clock",
                    TestKeys.AUTHORITY, Map.of("pause", "ON_SITE_CHECK", "reason", "matrix"));
            return new Call("/api/v1/permits/" + paused.number() + "/resume-clock", Map.of(),
                    Map.of("If-Match", paused.etag()));
        }, 401, 200, 403, 403, 403, 403));
        authorityAction("requestPermitCorrections", "SUBMITTED", "request-corrections", Map.of("items", Stream.of(
                "APPLICATION_FORM", "IDENTITY_DOCUMENTS", "CONTRACT", "TECHNICAL_DESCRIPTION", "END_USER_CERTIFICATE")
                .map(kind -> Map.of("kind", kind, "problem", "MISSING", "detail", "matrix")).toList()));
        authorityAction("requestPermitInformation", "UNDER_REVIEW", "request-information", Map.of("reason", "question"));
        authorityAction("approvePermit", "UNDER_REVIEW", "approve", TestPermits.approval(TestPermits.VALID_FROM, TestPermits.VALID_UNTIL));
        authorityAction("refusePermit", "UNDER_REVIEW", "refuse", Map.of("reason", "no"));
        authorityAction("suspendPermit", "APPROVED", "suspend", Map.of("reason", "investigation"));
        authorityAction("reinstatePermit", "SUSPENDED", "reinstate", null);
        authorityAction("revokePermit", "APPROVED", "revoke", Map.of("reason", "breach"));
        MATRIX.put("recordShipment", new Row("POST", f -> {
            var permit = TestPermits.inState("APPROVED", f.keyOfA(), f.partyOfA());
            return new Call("/api/v1/permits/" + permit.number() + "/shipments", Map.of("batchId", "M-1",
                    "shippedOn", TestPermits.validityDay(1), "lines", List.of(Map.of("lineNumber", 1, "quantity", 1))), Map.of());
        }, 401, 201, 201, 404, 403, 403));
        MATRIX.put("requestPermitChange", new Row("POST", f -> new Call("/api/v1/permits/"
                + TestPermits.inState("APPROVED", f.keyOfA(), f.partyOfA()).number() + "/changes",
                Map.of("validUntil", TestPermits.validityDay(100), "reason", "matrix"), Map.of()),
                401, 403, 201, 404, 403, 403));
        MATRIX.put("listPermitChanges", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA() + "/changes", f -> null,
                401, 200, 200, 404, 403, 403));
        MATRIX.put("approvePermitChange", new Row("POST", f -> new Call(changeOfA(f) + "/approve", Map.of(), Map.of()),
                401, 200, 403, 403, 403, 403));
        MATRIX.put("refusePermitChange", new Row("POST", f -> new Call(changeOfA(f) + "/refuse",
                Map.of("reason", "matrix"), Map.of()), 401, 200, 403, 403, 403, 403));
        MATRIX.put("listShipments", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA() + "/shipments", f -> null,
                401, 200, 200, 404, 200, 404));
        MATRIX.put("getPermitStatus", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA() + "/status", f -> null,
                401, 200, 200, 404, 200, 404));
        MATRIX.put("queryPermitStatuses", new Row("POST", f -> "/api/v1/permit-status-queries",
                f -> Map.of("permits", List.of(Map.of("number", f.permitOfA()))), 401, 200, 200, 200, 200, 200));
        MATRIX.put("verifyPermit", new Row("GET", f -> "/api/v1/permit-verifications?number=" + f.permitOfA()
                + "&checkCode=abc", f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("uploadDocument", new Row("POST", f -> new Call("/api/v1/permits/"
                + TestPermits.draft(f.keyOfA(), f.partyOfA()).number() + "/documents?kind=CONTRACT&fileName=m.pdf"
                + "&language=en", TestDocuments.pdf(), Map.of()), 401, 403, 201, 404, 403, 403));
        MATRIX.put("listDocuments", new Row("GET", f -> "/api/v1/permits/" + f.permitOfA() + "/documents", f -> null,
                401, 200, 200, 404, 403, 403));
        MATRIX.put("getDocument", new Row("GET", f -> documentOfA(f), f -> null, 401, 200, 200, 404, 403, 403));
        MATRIX.put("getDocumentContent", new Row("GET", f -> documentOfA(f) + "/content", f -> null,
                401, 200, 200, 404, 403, 403));
        MATRIX.put("deleteDocument", new Row("DELETE", f -> documentOfA(f), f -> null, 401, 403, 204, 404, 403, 403));
        MATRIX.put("listEvents", new Row("GET", f -> "/api/v1/events?limit=1", f -> null, 401, 200, 200, 200, 200, 200));
        MATRIX.put("createWebhookSubscription", new Row("POST", f -> "/api/v1/webhook-subscriptions",
                f -> Map.of("url", "http://127.0.0.1:9/matrix"), 401, 201, 201, 201, 201, 201));
        MATRIX.put("listWebhookSubscriptions", new Row("GET", f -> "/api/v1/webhook-subscriptions", f -> null,
                401, 200, 200, 200, 200, 200));
        MATRIX.put("getWebhookSubscription", new Row("GET", onFreshSubscription("", null), 401, 404, 200, 404, 404, 404));
        MATRIX.put("updateWebhookSubscription", new Row("PATCH", onFreshSubscription("", Map.of("description", "m")),
                401, 404, 200, 404, 404, 404));
        MATRIX.put("deleteWebhookSubscription", new Row("DELETE", onFreshSubscription("", null),
                401, 404, 204, 404, 404, 404));
        MATRIX.put("listWebhookDeliveries", new Row("GET", onFreshSubscription("/deliveries", null),
                401, 404, 200, 404, 404, 404));
        MATRIX.put("redeliverWebhook", new Row("POST", f -> {
            String subscription = subscriptionOfA(f);
            TestPermits.draft(f.keyOfA(), f.partyOfA());
            String delivery = given().auth().oauth2(f.keyOfA())
                    .get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries").then().extract().path("items[0].id");
            return new Call("/api/v1/webhook-subscriptions/" + subscription + "/deliveries/" + delivery + "/redeliver",
                    null, Map.of());
        }, 401, 404, 202, 404, 404, 404));
        MATRIX.put("listHolidays", new Row("GET", f -> "/api/v1/holidays", f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("getLicensingStatistics", new Row("GET", f -> "/api/v1/statistics/licensing?from=2026-01&to=2026-02",
                f -> null, 200, 200, 200, 200, 200, 200));
        MATRIX.put("getShipmentStatistics", new Row("GET", f -> "/api/v1/statistics/shipments?from=2026-01&to=2026-02",
                f -> null, 200, 200, 200, 200, 200, 200));
        // Far-future days: no clock reaches them.
        MATRIX.put("saveHoliday", new Row("PUT", f -> "/api/v1/holidays/2099-12-24", f -> Map.of("name", "Matrix"),
                401, 200, 403, 403, 403, 403));
        MATRIX.put("deleteHoliday", new Row("DELETE", f -> "/api/v1/holidays/2099-12-25", f -> null,
                401, 204, 403, 403, 403, 403));
        // Each call revokes a throwaway key, so that the callers' own keys survive the row.
        MATRIX.put("revokeApiKey", new Row("DELETE", f -> "/api/v1/api-keys/" + TestKeys.idOf(TestKeys.authorityKey()),
                f -> null, 401, 204, 404, 404, 404, 404));
    }

    /** An exporter's action on a fresh permit of exporter A in the state the action starts from. */
    private static void exporterAction(String operationId, String state, String action, Object body) {
        MATRIX.put(operationId, new Row("POST", onFreshPermit(state, action, body), 401, 403, 200, 404, 403, 403));
    }

    private static void authorityAction(String operationId, String state, String action, Object body) {
        MATRIX.put(operationId, new Row("POST", onFreshPermit(state, action, body), 401, 200, 403, 403, 403, 403));
    }

    private static Function<Fixture, Call> onFreshPermit(String state, String action, Object body) {
        return f -> {
            var permit = TestPermits.inState(state, f.keyOfA(), f.partyOfA());
            return new Call("/api/v1/permits/" + permit.number() + "/" + action, body == null ? Map.of() : body,
                    Map.of("If-Match", permit.etag()));
        };
    }

    /** Creates the tenants afresh: exporter A with its party P, importer I linked to P, and the strangers. */
    static Fixture newFixture() {
        String exporterA = TestKeys.newExporter("Matrix Exporter A");
        String keyOfA = TestKeys.exporterKey(exporterA);
        String partyOfA = TestKeys.newParty(keyOfA, "Matrix Importer P");
        String keyOfB = TestKeys.exporterKey(TestKeys.newExporter("Matrix Exporter B"));
        String importerOfP = TestKeys.newImporter("Matrix Importer I", TestKeys.newLei());
        for (String party : List.of(partyOfA, TestKeys.newParty(keyOfB, "Matrix Importer I (B)"))) {
            link(party, importerOfP);
        }
        String unlinked = TestKeys.newParty(keyOfB, "Matrix Importer I (formerly)");
        link(unlinked, importerOfP);
        given().auth().oauth2(TestKeys.AUTHORITY).delete("/api/v1/parties/" + unlinked + "/importer-link")
                .then().statusCode(204);
        String pendingKey = given().contentType(ContentType.JSON)
                .body(Map.of("legalName", "Matrix Pending Importer", "country", "US", "lei", TestKeys.newLei(),
                        "contactEmail", "pending@importer.example"))
                .post("/api/v1/importer-registrations").then().statusCode(201).extract().path("apiKey.secret");
        Map<Who, String> keys = Map.of(
                Who.AUTHORITY, TestKeys.AUTHORITY,
                Who.OWN_EXPORTER, keyOfA,
                Who.OTHER_EXPORTER, keyOfB,
                Who.OWN_IMPORTER, TestKeys.importerKey(partyOfA),
                Who.OTHER_IMPORTER, TestKeys.importerKey(TestKeys.newParty(TestKeys.AUTHORITY, "Matrix Importer Q")),
                Who.IMPORTER_ORGANISATION, TestKeys.importerOrganisationKey(importerOfP),
                Who.PENDING_IMPORTER, pendingKey);
        return new Fixture(exporterA, partyOfA, keyOfA, TestPermits.draft(keyOfA, partyOfA).number(), importerOfP,
                keys);
    }

    private static void link(String party, String importer) {
        given().auth().oauth2(TestKeys.AUTHORITY).contentType(ContentType.JSON).body(Map.of("importerId", importer))
                .post("/api/v1/parties/" + party + "/importer-link").then().statusCode(201);
    }
}
