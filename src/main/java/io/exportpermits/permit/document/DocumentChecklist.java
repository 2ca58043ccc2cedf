package io.exportpermits.permit.document;

import io.exportpermits.permit.ApplicationChecklist;
import io.exportpermits.permit.Permit;
import io.exportpermits.permit.PermitType;
import io.exportpermits.permit.api.RequiredDocument;
import io.exportpermits.permit.document.api.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documents Art. 16 of the 2024 Regulations asks of an application: those of every application,
 * the three general-licence statements, a risk assessment and compliance commitment when a party is
 * on the watch list, and a Chinese translation of every document in another language (customs
 * practice, GAC announcement No. 123 of 2025). Nothing beyond these: what MOFCOM told exporters in
 * its 2025 briefings is not public.
 */
@ApplicationScoped
public class DocumentChecklist implements ApplicationChecklist {
    private static final Map<DocumentKind, String> EVERY_APPLICATION = ordered(
            DocumentKind.APPLICATION_FORM, "Art. 16(1): the dual-use item export application form",
            DocumentKind.IDENTITY_DOCUMENTS, "Art. 16(1)(1): identity documents of the legal representative, principal "
                    + "managers and the person handling the application",
            DocumentKind.CONTRACT, "Art. 16(1)(2): a copy of the contract, or other proof of the transaction",
            DocumentKind.TECHNICAL_DESCRIPTION, "Art. 16(1)(3): a technical description or test report of the item",
            DocumentKind.END_USER_CERTIFICATE, "Art. 16(1)(4) and Art. 24: the end-user and end-use certificate");
    private static final Map<DocumentKind, String> GENERAL_LICENCE = ordered(
            DocumentKind.COMPLIANCE_PROGRAMME_STATEMENT, "Art. 16(2)(1): how the internal compliance programme runs",
            DocumentKind.LICENCE_USE_STATEMENT, "Art. 16(2)(2): the licences applied for and used",
            DocumentKind.CHANNELS_AND_END_USERS_STATEMENT, "Art. 16(2)(3): export channels and end users");
    private static final Map<DocumentKind, String> WATCH_LISTED_PARTY = ordered(
            DocumentKind.RISK_ASSESSMENT, "A party is on MOFCOM's watch list: a risk assessment",
            DocumentKind.COMPLIANCE_COMMITMENT, "A party is on MOFCOM's watch list: a compliance commitment");
    private static final String TRANSLATION = "Foreign-language documents come with a Chinese translation (GAC "
            + "announcement No. 123 of 2025): of ";

    private final PermitDocumentRepository documents;

    DocumentChecklist(PermitDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public List<RequiredDocument> of(Permit permit) {
        return of(permit, documents.ofPermit(permit.id));
    }

    static List<RequiredDocument> of(Permit permit, List<PermitDocument> carried) {
        Map<DocumentKind, String> required = new LinkedHashMap<>(EVERY_APPLICATION);
        if (permit.type == PermitType.GENERAL) {
            required.putAll(GENERAL_LICENCE);
        }
        if (permit.screening != null && permit.screening.namesWatchListedParty()) {
            required.putAll(WATCH_LISTED_PARTY);
        }
        List<RequiredDocument> checklist = new ArrayList<>();
        required.forEach((kind, basis) -> {
            List<UUID> satisfying = carried.stream().filter(d -> d.kind == kind).map(d -> d.id).toList();
            checklist.add(new RequiredDocument(kind, basis, null, !satisfying.isEmpty(), satisfying));
        });
        for (PermitDocument document : carried) {
            if (document.kind != DocumentKind.TRANSLATION && !ChineseLanguage.is(document.language)) {
                List<UUID> translations = carried.stream()
                        .filter(d -> d.kind == DocumentKind.TRANSLATION && document.id.equals(d.translationOf))
                        .map(d -> d.id).toList();
                checklist.add(new RequiredDocument(DocumentKind.TRANSLATION, TRANSLATION + document.fileName + " ("
                        + document.language + ")", document.id, !translations.isEmpty(), translations));
            }
        }
        return checklist;
    }

    private static Map<DocumentKind, String> ordered(Object... kindsAndBases) {
        Map<DocumentKind, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndBases.length; i += 2) {
            map.put((DocumentKind) kindsAndBases[i], (String) kindsAndBases[i + 1]);
        }
        return map;
    }
}
