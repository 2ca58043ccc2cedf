package io.exportpermits.permit.document;

import io.exportpermits.common.http.StreamedBody;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Uploads go to disk as they arrive, up to the configured size of a document. */
@ApplicationScoped
public class DocumentUploadRoute implements StreamedBody {
    private static final Pattern PATH = Pattern.compile("/api/v1/permits/[^/]+/documents/?");
    private final long maxDocumentBytes;

    DocumentUploadRoute(@ConfigProperty(name = "export-permits.documents.max-size") MemorySize maxSize) {
        this.maxDocumentBytes = maxSize.asLongValue();
    }

    @Override
    public boolean matches(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && PATH.matcher(path).matches();
    }

    @Override
    public long maxFileSize() {
        return maxDocumentBytes;
    }
}
