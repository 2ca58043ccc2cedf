package io.exportpermits.permit.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a document, found by Apache Tika from its bytes alone: neither the file name nor the
 * Content-Type the client sent is given to the detector, since either can lie. Tika reads a ZIP-based
 * file (DOCX, XLSX, ODT) through its central directory, which is why detection takes a file.
 */
@ApplicationScoped
public class DocumentTypes {
    /** What an application may carry: the formats authorities read and print, by their short names. */
    static final Map<String, String> ACCEPTED = accepted();

    // Named rather than found through Tika's service loader, which looks only in Tika's own class loader.
    private final Detector detector = new CompositeDetector(new DefaultZipContainerDetector(
            List.of(new OfficeOpenXmlDetector(), new OpenDocumentDetector())), MimeTypes.getDefaultMimeTypes());

    /** The detected media type, without parameters. */
    String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /** The short name of an accepted type ({@code PDF}, ...), or empty for a type uploads refuse. */
    static Optional<String> acceptedName(String mediaType) {
        return Optional.ofNullable(ACCEPTED.get(mediaType));
    }

    private static Map<String, String> accepted() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("application/pdf", "PDF");
        types.put("image/png", "PNG");
        types.put("image/jpeg", "JPEG");
        types.put("image/tiff", "TIFF");
        types.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");
        types.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");
        types.put("application/vnd.oasis.opendocument.text", "ODT");
        return Collections.unmodifiableMap(types);
    }
}
