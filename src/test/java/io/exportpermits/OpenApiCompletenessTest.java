package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.exportpermits.support.ValidatedContract;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is complete enough to integrate from alone: every operation described and
 * secured (or stated public), every body exemplified with an example its own schema accepts, every
 * error answered as a problem, every schema property described.
 */
class OpenApiCompletenessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OpenAPI contract;

    @BeforeAll
    static void load() {
        contract = new OpenAPIV3Parser().read("openapi/openapi.yaml", null, options());
    }

    private static ParseOptions options() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    @Test
    void everyOperationIsNamedDescribedTaggedAndSecured() {
        List<String> incomplete = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (blank(operation.getOperationId()) || blank(operation.getSummary())
                    || blank(operation.getDescription()) || operation.getTags() == null
                    || operation.getTags().isEmpty() || operation.getSecurity() == null) {
                incomplete.add(name);
            }
        });
        assertEquals(List.of(), incomplete, "operations without operationId, summary, description, tag or security");
    }

    @Test
    void everyErrorIsAProblem() {
        List<String> notProblems = new ArrayList<>();
        forEachOperation((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (status.matches("[45]..") && (response.getContent() == null
                    || !response.getContent().keySet().equals(Set.of("application/problem+json")))) {
                notProblems.add(name + " " + status);
            }
        }));
        assertEquals(List.of(), notProblems);
    }

    @Test
    @SuppressWarnings("unchecked") // the parser's raw Schema type
    void everySchemaPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        contract.getComponents().getSchemas().forEach((schema, definition) -> {
            if (definition.getProperties() != null) {
                ((Map<String, Schema<?>>) definition.getProperties()).forEach((property, value) -> {
                    if (blank(value.getDescription())) {
                        undescribed.add(schema + "." + property);
                    }
                });
            }
        });
        assertEquals(List.of(), undescribed);
    }

    @Test
    void everyBodyHasAnExampleItsSchemaAccepts() {
        SchemaValidator validator = new SchemaValidator(new OpenAPIV3Parser().readContents(ValidatedContract.json(),
                null, options()).getOpenAPI(), new MessageResolver());
        List<String> problems = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.getRequestBody() != null) {
                check(validator, name + " request", operation.getRequestBody().getContent(), problems);
            }
            operation.getResponses().forEach((status, response) ->
                    check(validator, name + " " + status, response.getContent(), problems));
        });
        assertEquals(List.of(), problems);
    }

    private static void check(SchemaValidator validator, String where, Content content, List<String> problems) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (media.getSchema() != null && "binary".equals(media.getSchema().getFormat())) {
                return; // a document's bytes: nothing a contract could show
            }
            Object example = exampleOf(media);
            if (example == null) {
                problems.add(where + " " + type + ": no example");
                return;
            }
            try {
                ValidationReport report = validator.validate(JSON.writeValueAsString(example), media.getSchema(),
                        "example");
                if (report.hasErrors()) {
                    problems.add(where + " " + type + ": " + report.getMessages().stream()
                            .map(ValidationReport.Message::getMessage).collect(Collectors.joining("; ")));
                }
            } catch (JsonProcessingException e) {
                problems.add(where + " " + type + ": " + e.getMessage());
            }
        });
    }

    private static Object exampleOf(MediaType media) {
        if (media.getExample() != null) {
            return media.getExample();
        }
        return media.getExamples() == null || media.getExamples().isEmpty() ? null
                : media.getExamples().values().iterator().next().getValue();
    }

    private static void forEachOperation(BiConsumer<String, Operation> check) {
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                check.accept(method + " " + path, operation)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
