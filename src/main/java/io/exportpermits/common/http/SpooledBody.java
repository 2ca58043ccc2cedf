package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body in a file, with its size and SHA-256 (lower-case hex). A file {@link FileBodies}
 * received is deleted when the request ends unless the endpoint has moved it somewhere of its own.
 */
public record SpooledBody(Path file, long size, String sha256) {
    static final String TEMPORARY_PREFIX = "export-permits-upload-";

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
}
