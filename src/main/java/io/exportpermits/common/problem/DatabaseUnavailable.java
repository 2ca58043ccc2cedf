package io.exportpermits.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means "the database cannot be reached right now", wherever it surfaces
 * (Hibernate, plain JDBC, the pool, authentication), so that it is answered 503 with Retry-After
 * instead of a 500 or, worse, a 401 to a valid key.
 */
public final class DatabaseUnavailable {
    /** What a client is asked to wait: about the pool's acquisition timeout. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
                return true; // SQLSTATE class 08: connection exception; Agroal's pool gave up waiting
            }
        }
        return false;
    }

    public static Problem problem(String path) {
        return Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The database cannot be reached; nothing was changed. "
                + "Retry in " + RETRY_AFTER_SECONDS + " s.", path);
    }
}
