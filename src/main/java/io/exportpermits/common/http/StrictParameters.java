package io.exportpermits.common.http;

import io.exportpermits.common.problem.InvalidParameterException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query and header parameters that cannot be converted are the client's mistake: a 400 naming the
 * parameter, not the 404 JAX-RS prescribes by default. Numbers and booleans are read strictly: an
 * integer is digits with an optional sign and fits its type, a boolean is `true` or `false`. Path parameters keep the 404: a malformed id
 * names no resource.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date in ISO 8601 form (2026-01-31)");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, value -> OffsetDateTime.parse(value).toInstant(),
                    "must be a date-time in ISO 8601 form with an offset (2026-11-26T09:30:00Z)");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be an integer from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, Long::valueOf, "must be an integer");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            // Boolean.valueOf reads anything but "true" as false: "yes" or "1" would silently mean the opposite.
            return (ParamConverter<T>) converter(name, StrictParameters::strictBoolean, "must be true or false");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), "must be one of " + allowed);
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new InvalidParameterException(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
