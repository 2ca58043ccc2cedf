package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * One written form for every decimal, in answers, events, webhooks and the ETags derived from them:
 * no trailing zeros and no exponent ({@code 500}, {@code 1.1}, {@code 0.0001}). PostgreSQL returns a
 * numeric column at its scale ({@code 500.000000}) while a value just received keeps the scale it was
 * sent with, so without this the same quantity read differently before and after it was stored.
 */
@Singleton
public class CanonicalDecimals implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("canonical-decimals").addSerializer(BigDecimal.class,
                new StdSerializer<>(BigDecimal.class) {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        json.writeNumber(text(value));
                    }
                }));
    }

    /** The canonical text of a decimal, for the places that put one in a sentence. */
    public static String text(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
