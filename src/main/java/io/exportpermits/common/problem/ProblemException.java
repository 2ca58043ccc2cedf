package io.exportpermits.common.problem;

import java.util.List;

/** Thrown by services for a foreseen failure; the mapper turns it into a problem response. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;
    private List<String> allowedActions = List.of();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, FieldError.summary(errors), errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A refused lifecycle action, listing what the caller may do instead. */
    public static ProblemException invalidTransition(String detail, List<String> allowedActions) {
        ProblemException e = new ProblemException(ProblemType.INVALID_TRANSITION, detail);
        e.allowedActions = List.copyOf(allowedActions);
        return e;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
