package io.exportpermits.common.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} for a download under the name it was uploaded with (RFC 6266). */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    /** An ASCII fallback for old clients, and the exact name, UTF-8 encoded, for the rest. */
    public static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> ascii.append(
                c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : (char) c));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
