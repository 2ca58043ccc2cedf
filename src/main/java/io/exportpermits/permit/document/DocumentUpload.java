package io.exportpermits.permit.document;

import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.permit.document.api.DocumentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** What the exporter says about a document it uploads, checked field by field as the client named them. */
record DocumentUpload(DocumentKind kind, String fileName, String language, UUID translationOf) {
    static final int MAX_FILE_NAME = 255;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** The upload, or every field that is wrong with it. */
    static DocumentUpload checked(String kind, String fileName, String language, String translationOf) {
        List<FieldError> errors = new ArrayList<>();
        DocumentKind parsedKind = null;
        if (kind == null || kind.isBlank()) {
            errors.add(new FieldError("kind", "is required"));
        } else {
            try {
                parsedKind = DocumentKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "must be one of " + Arrays.toString(DocumentKind.values())));
            }
        }
        checkFileName(fileName, errors);
        String tag = language(language, errors);
        UUID original = null;
        if (translationOf != null) {
            try {
                original = UUID.fromString(translationOf);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("translationOf", "must be the id of a document of this permit"));
            }
        }
        if (parsedKind == DocumentKind.TRANSLATION && translationOf == null) {
            errors.add(new FieldError("translationOf", "is required for a TRANSLATION: the document it translates"));
        } else if (parsedKind != null && parsedKind != DocumentKind.TRANSLATION && translationOf != null) {
            errors.add(new FieldError("translationOf", "is only for kind TRANSLATION"));
        }
        if (parsedKind == DocumentKind.TRANSLATION && tag != null && !ChineseLanguage.is(tag)) {
            errors.add(new FieldError("language", "a translation is into Chinese (zh)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new DocumentUpload(parsedKind, fileName, tag, original);
    }

    private static void checkFileName(String fileName, List<FieldError> errors) {
        if (fileName == null || fileName.isBlank()) {
            errors.add(new FieldError("fileName", "is required"));
        } else if (fileName.length() > MAX_FILE_NAME) {
            errors.add(new FieldError("fileName", "must be at most " + MAX_FILE_NAME + " characters"));
        } else if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            errors.add(new FieldError("fileName", "must be a name, without / or \\"));
        } else if (fileName.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE)) {
            errors.add(new FieldError("fileName", "must not contain control characters"));
        } else if (fileName.strip().equals(".") || fileName.strip().equals("..")) {
            errors.add(new FieldError("fileName", "must be a name, not . or .."));
        }
    }

    /** The tag in its canonical form ({@code zh-CN}), or null after adding the error. */
    private static String language(String language, List<FieldError> errors) {
        if (language == null || language.isBlank()) {
            errors.add(new FieldError("language", "is required: a BCP 47 tag such as zh or en"));
            return null;
        }
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.toLanguageTag().equalsIgnoreCase(language) || !LANGUAGES.contains(locale.getLanguage())) {
            errors.add(new FieldError("language", "must be a BCP 47 tag with an ISO 639 language, such as zh or en"));
            return null;
        }
        return locale.toLanguageTag();
    }
}
