package io.exportpermits.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * The problem for a body Jackson could not read. Broken JSON text is `malformed-request`, saying where
 * it broke; JSON of the wrong shape (`[]` for an object, a string for a number, an unknown field, a key
 * given twice) is `validation-failed` naming every offending field. Neither echoes Jackson's messages,
 * which name Java classes and parser internals.
 */
@ApplicationScoped
public class JsonBodyProblems {
    private static final String DUPLICATE_KEY = "Duplicate field '";

    private final ObjectMapper mapper;

    JsonBodyProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param endpoint the resource method that was to receive the body, if known
     * @param body     the body as received, if it was read whole before the endpoint ran
     */
    Problem of(JsonProcessingException e, Method endpoint, Buffer body, String instance) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null && syntax.getOriginalMessage().startsWith(DUPLICATE_KEY)) {
            return validation(List.of(new FieldError(duplicatePath(syntax), "is given more than once in its object")),
                    instance);
        }
        if (syntax != null) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, syntaxDetail(syntax), instance);
        }
        List<FieldError> errors = everyTypeError(endpoint, body);
        if (errors.isEmpty() && e instanceof JsonMappingException mapping) {
            errors = List.of(new FieldError(JsonInputErrors.path(mapping), JsonInputErrors.message(mapping)));
        }
        return validation(errors.isEmpty() ? List.of(new FieldError(null, "cannot be read")) : errors, instance);
    }

    private static Problem validation(List<FieldError> errors, String instance) {
        return Problem.of(ProblemType.VALIDATION_FAILED, FieldError.summary(errors), instance).withErrors(errors);
    }

    private List<FieldError> everyTypeError(Method endpoint, Buffer body) {
        JavaType type = bodyType(endpoint);
        if (type == null || body == null) {
            return List.of();
        }
        try {
            // Decimals read exactly, as the body reader does: a double would make 1E+400 an infinity.
            return BodyTypeErrors.of(mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(body.getBytes()), type, mapper);
        } catch (IOException | RuntimeException unexplained) {
            return List.of(); // the first error, as Jackson reported it, is still an answer; a 500 would not be
        }
    }

    /** The type of the endpoint's entity parameter: the one JAX-RS does not fill from elsewhere. */
    private JavaType bodyType(Method endpoint) {
        if (endpoint == null) {
            return null;
        }
        for (int i = 0; i < endpoint.getParameterCount(); i++) {
            Class<?> raw = endpoint.getParameterTypes()[i];
            boolean entity = (raw.isRecord() || Collection.class.isAssignableFrom(raw))
                    && !boundElsewhere(endpoint.getParameterAnnotations()[i]);
            if (entity) {
                return mapper.constructType(endpoint.getGenericParameterTypes()[i]);
            }
        }
        return null;
    }

    private static boolean boundElsewhere(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String type = annotation.annotationType().getName();
            if (type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.")) {
                return true;
            }
        }
        return false;
    }

    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        return null;
    }

    /** Where the text broke, and how, without the parser's internals or the body itself. */
    static String syntaxDetail(StreamReadException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String how = e instanceof JsonEOFException ? "it ends before the JSON value is complete" : plain(e.getOriginalMessage());
        return "The request body is not valid JSON" + where + ": " + how + ".";
    }

    /** Jackson's own wording up to where it starts quoting its source description. */
    private static String plain(String message) {
        String text = message == null ? "unexpected input" : message;
        for (String internal : new String[] {" (start marker", "[Source:", "\n"}) {
            int at = text.indexOf(internal);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        return text.strip();
    }

    /** The parser has already entered the repeated key when it refuses it, so its context names it. */
    private static String duplicatePath(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.addFirst("[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                parts.addFirst("." + context.getCurrentName());
            }
        }
        String path = String.join("", parts).replaceFirst("^\\.", "");
        return path.isEmpty() ? null : path;
    }
}
