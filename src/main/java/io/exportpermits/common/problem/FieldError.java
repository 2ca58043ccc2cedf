package io.exportpermits.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid input: where it is and what is wrong with it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON path of the offending field as the client sent it (`items[0].quantity`), "
                + "or the name of the query, path or header parameter. Absent when the whole body is at fault.",
                examples = "lines[0].quantity", maxLength = 300)
        String field,
        @Schema(description = "What is wrong, in English.", examples = "must be greater than 0", maxLength = 1000,
                required = true)
        String message,
        @Schema(description = "The largest value the field accepts at the moment, when a limit that changes over "
                + "time was exceeded: for a shipment's quantity, what remains on the permit's line.",
                examples = "100")
        BigDecimal maximum,
        @Schema(description = "Unit of `maximum` (UN/ECE Recommendation 20 code), when it has one.", examples = "KGM",
                maxLength = 3)
        String unit) {

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }

    /** The `detail` of a validation problem. */
    public static String summary(java.util.List<FieldError> errors) {
        if (errors.size() != 1) {
            return errors.size() + " fields are invalid.";
        }
        String field = errors.get(0).field();
        return "1 field is invalid: " + (field == null ? "the request body" : field);
    }
}
