package io.exportpermits.permit.document;

import io.exportpermits.common.http.ByteRanges;
import io.exportpermits.common.http.ContentDisposition;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.FileBodies;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.document.api.DocumentForm;
import io.exportpermits.permit.document.api.DocumentKind;
import io.exportpermits.permit.document.api.DocumentList;
import io.exportpermits.permit.document.api.DocumentView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PathPart;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/permits/{number}/documents")
@Tag(name = "Documents")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {
    private static final String NUMBER = "EP-[0-9]{4}-[0-9]{6,}";
    private static final String UPLOAD = "EXPORTER, while the permit is a DRAFT or corrections are requested. The "
            + "document's bytes are the body, with any Content-Type, and what it is goes in the query: `kind`, "
            + "`fileName`, `language` and, for a translation, `translationOf`. A browser form can send the same as "
            + "`multipart/form-data` with a `file` part and those fields (`fileName` then defaults to the part's file "
            + "name). The type is detected from the bytes with Apache Tika, never taken from the name or the header: "
            + "PDF, PNG, JPEG, TIFF, DOCX, XLSX and ODT are accepted, anything else is 415 naming what was found. The "
            + "size limit (20 MB unless configured) is 413, at once when Content-Length says so, otherwise as soon as "
            + "the body outgrows it. The same bytes uploaded twice to one permit are 409 naming the document that "
            + "has them. Every upload is in the permit's history and writes a `permit_document.added` event.";

    private static final String RAW_ONLY = "Required with a raw body; a form sends it as a field instead.";

    private final DocumentService documents;
    private final SecurityIdentity identity;
    private final FileBodies bodies;
    private final DocumentUploadRoute route;

    DocumentResource(DocumentService documents, SecurityIdentity identity, FileBodies bodies,
                     DocumentUploadRoute route) {
        this.documents = documents;
        this.identity = identity;
        this.bodies = bodies;
        this.route = route;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Operation(operationId = "uploadDocument", summary = "Add a document to an application", description = UPLOAD)
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = DocumentForm.class))})
    @APIResponse(responseCode = "201", description = "Stored.", content = @Content(
            schema = @Schema(implementation = DocumentView.class)), headers = {
            @Header(name = "Location", description = "Address of the document."),
            @Header(name = "ETag", description = "The document's SHA-256, quoted.")})
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    @APIResponse(responseCode = "409", description = "The permit no longer takes documents, or already has these bytes.")
    @APIResponse(responseCode = "413", description = "Larger than the limit.")
    @APIResponse(responseCode = "415", description = "Not one of the accepted types, judged by the bytes.")
    public Uni<RestResponse<DocumentView>> upload(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = "What the document is. " + RAW_ONLY, schema = @Schema(
                    implementation = DocumentKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "The file's name, kept as given (at most 255 characters, no / or \\ or "
                    + "control characters). " + RAW_ONLY, example = "Supply contract 2026-114.pdf")
            @QueryParam("fileName") String fileName,
            @Parameter(description = "Language of the document, a BCP 47 tag. " + RAW_ONLY, example = "en")
            @QueryParam("language") String language,
            @Parameter(description = "For kind TRANSLATION: the id of the document translated.")
            @QueryParam("translationOf") String translationOf) {
        Caller caller = Caller.of(identity);
        DocumentUpload upload = documents.admit(number, kind, fileName, language, translationOf, caller);
        // The body is received only now, by the event loop, without this thread waiting for it.
        return Uni.createFrom().completionStage(bodies.receive(route.maxFileSize()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(body -> created(number, documents.store(number, upload, body, caller)));
    }

    /** The same upload from a browser form; the contract describes it with the raw upload above. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Operation(hidden = true)
    public RestResponse<DocumentView> uploadForm(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @RestForm("file") FileUpload file, @RestForm String kind, @RestForm String fileName,
            @RestForm String language, @RestForm String translationOf) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required: the part holding the document");
        }
        return created(number, documents.uploadPart(number, kind, fileName != null ? fileName : file.fileName(),
                language, translationOf, file.uploadedFile(), Caller.of(identity)));
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "listDocuments", summary = "The documents of an application",
            description = "EXPORTER (its own) and AUTHORITY; importers never see documents.")
    @APIResponse(responseCode = "200", description = "Every document, in upload order.")
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    public DocumentList list(@PathParam("number") @Pattern(regexp = NUMBER) String number) {
        return documents.list(number, Caller.of(identity));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "getDocument", summary = "A document's description",
            description = "What it is, its detected type, size and SHA-256. The bytes are at `contentHref`.")
    @APIResponse(responseCode = "200", description = "The document.",
            headers = @Header(name = "ETag", description = "The SHA-256, quoted."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such permit or document, or not yours.")
    public RestResponse<DocumentView> get(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.okUnlessNotModified(documents.get(number, id, Caller.of(identity)), ifNoneMatch);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "getDocumentContent", summary = "A document's bytes",
            description = "As uploaded, with the detected Content-Type and the file name in Content-Disposition. "
                    + "`Range: bytes=first-last` (one range) is answered 206; with `If-Range` holding an older ETag "
                    + "the whole document is sent again. The ETag is the SHA-256, so If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The bytes.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary"))}, headers = {
            @Header(name = "ETag", description = "The SHA-256, quoted."),
            @Header(name = "Content-Disposition", description = "attachment, with the file name."),
            @Header(name = "Accept-Ranges", description = "`bytes`.")})
    @APIResponse(responseCode = "206", description = "The range asked for.", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Range", description = "Which bytes, of how many."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such permit or document, or not yours.")
    @APIResponse(responseCode = "416", description = "The range starts past the end; Content-Range gives the size.")
    public Response content(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @PathParam("id") UUID id,
            @Parameter(description = "One byte range.", example = "bytes=0-1023") @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange, @HeaderParam("If-None-Match") String ifNoneMatch) {
        var download = documents.download(number, id, Caller.of(identity));
        DocumentView document = download.document().body();
        String etag = download.document().etag();
        if (ETags.noneMatchFails(ifNoneMatch, etag)) {
            return Response.notModified().tag(etagValue(etag)).build();
        }
        // A client resuming a download of other bytes than these gets them all again (If-Range).
        String honoured = ifRange == null || ifRange.equals(etag) ? range : null;
        return ByteRanges.of(honoured, document.sizeBytes()).map(part -> {
            var bytes = new PathPart(download.content().get(), part.first(), part.length());
            var response = Response.status(part.partial() ? 206 : 200).entity(bytes)
                    .type(document.mediaType())
                    .header(HttpHeaders.ETAG, etag)
                    .header("Accept-Ranges", "bytes")
                    .header(HttpHeaders.CONTENT_LENGTH, part.length())
                    .header("Content-Disposition", ContentDisposition.attachment(document.fileName()));
            if (part.partial()) {
                response.header("Content-Range", part.contentRange(document.sizeBytes()));
            }
            return response.build();
        }).orElseGet(() -> Response.status(ProblemType.RANGE_NOT_SATISFIABLE.status()).type(ProblemResponses.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.RANGE_NOT_SATISFIABLE, "The document has " + document.sizeBytes()
                        + " bytes; the range asked for starts past them.", document.contentHref()))
                .header("Content-Range", "bytes */" + document.sizeBytes()).build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.EXPORTER_NAME)
    @Operation(operationId = "deleteDocument", summary = "Remove a document from an application",
            description = "EXPORTER, while the permit is a DRAFT or corrections are requested; a document that has a "
                    + "translation goes after it. In the permit's history and a `permit_document.deleted` event. "
                    + "Documents of an application past that are kept, never deleted (Art. 27).")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such permit or document, or not yours.")
    @APIResponse(responseCode = "409", description = "The permit no longer changes its documents, or a translation "
            + "of this one is still there.")
    public void delete(@PathParam("number") @Pattern(regexp = NUMBER) String number, @PathParam("id") UUID id) {
        documents.delete(number, id, Caller.of(identity));
    }

    private static RestResponse<DocumentView> created(String number,
                                                      Versioned<DocumentView> stored) {
        return Responses.created(URI.create("/api/v1/permits/" + number + "/documents/" + stored.body().id()), stored);
    }

    private static EntityTag etagValue(String quoted) {
        return new EntityTag(quoted.substring(1, quoted.length() - 1));
    }
}
