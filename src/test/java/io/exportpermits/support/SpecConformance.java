package io.exportpermits.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * The spec cannot lie: every request and response of the test suite is checked against the committed
 * OpenAPI document. A response must match what the document declares for its operation and status; a
 * request the service accepted (2xx/3xx) must be one the document allows. Requests the service refused
 * are deliberate mistakes, so only their answers are checked. Paths outside the contract (`/q/...`,
 * test fixtures) are not. Quarkus calls it before every test, in the test's own class loader, where it
 * installs itself as a global REST Assured filter once.
 */
public class SpecConformance implements QuarkusTestBeforeEachCallback, OrderedFilter {
    private static final Path VIOLATIONS = Path.of("target", "spec-violations.txt");
    private static volatile boolean installed;
    private static volatile boolean hostile;
    private static OpenApiInteractionValidator validator;

    @Override
    public synchronized void beforeEach(QuarkusTestMethodContext context) {
        if (installed) {
            return;
        }
        if (System.getProperty("spec.conformance.started") == null) { // once per run, not per class loader
            System.setProperty("spec.conformance.started", "true");
            try {
                Files.deleteIfExists(VIOLATIONS);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        // The parser finds its extensions through the context class loader: it must be the one that loaded it.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(OpenApiInteractionValidator.class.getClassLoader());
        try {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(ValidatedContract.json()).build();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        RestAssured.filters(this);
        installed = true;
    }

    /**
     * While on, requests are deliberately malformed (raw encodings, empty headers, dot segments the server
     * normalises), so only the answers to those the service accepted are checked against the document; the
     * refusals are checked by the hostile suite itself.
     */
    public static void requestsAreHostile(boolean on) {
        hostile = on;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        // The validator reads credentials from headers only; REST Assured's oauth2() adds them later.
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer) {
            request.auth().none();
            request.header("Authorization", "Bearer " + bearer.getAccessToken());
        }
        Response response = context.next(request, responseSpec);
        String path = request.getDerivedPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        boolean accepted = response.statusCode() < 400;
        if (hostile && (!accepted || path.contains("..") || path.contains("%"))) {
            return response;
        }
        boolean checkRequest = accepted && !hostile;
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        List<String> violations = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().equals("validation.request.path.missing"))
                // REST Assured does not hand a multipart body to the validator: the parts are checked by the test
                .filter(m -> !(m.getKey().equals("validation.request.body.missing") && multipart(request)))
                .filter(m -> checkRequest || !m.getKey().startsWith("validation.request"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        if (!violations.isEmpty()) {
            String line = request.getMethod() + " " + path + " -> " + response.statusCode() + ": "
                    + violations.stream().collect(Collectors.joining(" | "));
            try {
                Files.writeString(VIOLATIONS, line.replaceAll("\\s+", " ") + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (!Boolean.getBoolean("spec.conformance.report-only")) {
                throw new AssertionError("The response or request does not match openapi/openapi.yaml: " + line);
            }
        }
        return response;
    }

    private static boolean multipart(FilterableRequestSpecification request) {
        return request.getContentType() != null && request.getContentType().startsWith("multipart/");
    }
}
