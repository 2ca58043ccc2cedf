package io.exportpermits.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid input: where it is and what is wrong with it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON path of the offending field as the client sent it (`items[0].quantity`), "
                + "or the name of the query, path or header parameter. Absent when the whole body is at fault.",
                examples = "items[0].quantity")
        String field,
        @Schema(description = "What is wrong, in English.", examples = "must be greater than 0")
        String message) {

    /** The `detail` of a validation problem. */
    public static String summary(java.util.List<FieldError> errors) {
        if (errors.size() != 1) {
            return errors.size() + " fields are invalid.";
        }
        String field = errors.get(0).field();
        return "1 field is invalid: " + (field == null ? "the request body" : field);
    }
}
