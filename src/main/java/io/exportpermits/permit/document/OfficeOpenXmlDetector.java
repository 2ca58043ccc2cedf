package io.exportpermits.permit.document;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.StoppingEarlyException;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tells a Word, Excel or other Office Open XML package from any ZIP file, for Tika's ZIP container
 * detection. Tika's own detector for these needs Apache POI and
 * with it some 30 MB of libraries, for a question the package's {@code [Content_Types].xml} answers:
 * the content type of its main part ({@code ...wordprocessingml.document.main+xml} for a .docx) is the
 * package's type with {@code .main+xml} taken off. Macro-enabled packages come out as their own
 * types, which uploads do not accept.
 */
public class OfficeOpenXmlDetector implements ZipContainerDetector {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MAIN_PART = ".main+xml";
    // A real [Content_Types].xml is a few kilobytes; a larger one is not read past this.
    private static final long MAX_CONTENT_TYPES_BYTES = 1 << 20;

    @Override
    public MediaType detect(ZipFile zip, TikaInputStream stream) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(CONTENT_TYPES);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return mainPartType(in);
        }
    }

    @Override
    public MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream in, StreamingDetectContext context) {
        return CONTENT_TYPES.equals(entry.getName()) ? mainPartType(in) : null;
    }

    @Override
    public MediaType streamingDetectFinal(StreamingDetectContext context) {
        return null;
    }

    private static MediaType mainPartType(InputStream in) {
        MainPartHandler handler = new MainPartHandler();
        try {
            XMLReaderUtils.parseSAX(BoundedInputStream.builder().setInputStream(in)
                    .setMaxCount(MAX_CONTENT_TYPES_BYTES).get(), handler, new ParseContext());
        } catch (StoppingEarlyException found) {
            // the main part was found: nothing more to read
        } catch (IOException | SAXException | TikaException malformed) {
            return null; // not a package Office wrote: left to the other detectors, and then to ZIP
        }
        return handler.type;
    }

    private static final class MainPartHandler extends DefaultHandler {
        private MediaType type;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String contentType = "Override".equals(localName) ? attributes.getValue("ContentType") : null;
            if (contentType != null && contentType.endsWith(MAIN_PART)) {
                type = MediaType.parse(contentType.substring(0, contentType.length() - MAIN_PART.length()));
                throw StoppingEarlyException.INSTANCE;
            }
        }
    }
}
