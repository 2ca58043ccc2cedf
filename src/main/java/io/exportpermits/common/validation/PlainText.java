package io.exportpermits.common.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string in a request body must be text PostgreSQL can store as it was sent: no NUL character
 * (which text columns refuse) and no unpaired UTF-16 surrogate (which encoding would silently turn into
 * "?"). Refused at parsing, as a 400 naming the field.
 */
@Singleton
public class PlainText implements ObjectMapperCustomizer {
    /** Why a string was refused; the message is the one the client sees next to the field. */
    public static class InvalidText extends JsonMappingException {
        InvalidText(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                String problem = problem(value);
                if (problem != null) {
                    throw new InvalidText(parser, problem);
                }
                return value;
            }
        }));
    }

    /** What is wrong with the text, or null if nothing is. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "must be valid Unicode text (it contains an unpaired UTF-16 surrogate)";
            }
        }
        return null;
    }
}
