package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body in a temporary file, with its size and SHA-256 (lower-case hex). The file is deleted
 * when the request ends unless the endpoint has moved it somewhere of its own.
 */
public record SpooledBody(Path file, long size, String sha256) {
    private static final String KEY = SpooledBody.class.getName();
    static final String TEMPORARY_PREFIX = "export-permits-upload-";
    private static final int COPY_BUFFER = 64 * 1024;

    /**
     * The body {@link RequestBodies} spooled for this request, or else {@code body} copied to a file here,
     * from a worker thread. Over HTTP/2 the body is left to the endpoint: RESTEasy Reactive pauses every
     * request it is handed, which Vert.x refuses for an HTTP/2 request already read.
     */
    public static SpooledBody of(RoutingContext context, InputStream body, long limit) throws IOException {
        SpooledBody spooled = context.get(KEY);
        if (spooled != null) {
            return spooled;
        }
        Path file = Files.createTempFile(TEMPORARY_PREFIX, ".part");
        context.addEndHandler(ended -> deleteQuietly(file));
        MessageDigest digest = newDigest();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            byte[] buffer = new byte[COPY_BUFFER];
            int read;
            while ((read = body.read(buffer)) >= 0) {
                size += read;
                if (size > limit) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
                }
                out.write(buffer, 0, read);
            }
        }
        return new SpooledBody(file, size, hex(digest));
    }

    /** A file received some other way (a part of a form), hashed here; 413 if it is over {@code limit}. */
    public static SpooledBody ofFile(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLarge(limit));
        }
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new SpooledBody(file, size, hex(digest));
    }

    void attachTo(RoutingContext context) {
        context.put(KEY, this);
    }

    static String tooLarge(long limit) {
        return "The file is over the limit of " + limit + " bytes; nothing was stored.";
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file the operating system clears in time
        }
    }
}
