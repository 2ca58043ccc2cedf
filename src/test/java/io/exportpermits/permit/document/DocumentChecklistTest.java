package io.exportpermits.permit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exportpermits.permit.Permit;
import io.exportpermits.permit.PermitScreening;
import io.exportpermits.permit.PermitType;
import io.exportpermits.permit.api.RequiredDocument;
import io.exportpermits.permit.document.api.DocumentKind;
import io.exportpermits.policy.api.PartyDetermination;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What Art. 16 asks of each kind of application. */
class DocumentChecklistTest {
    private static Permit permit(PermitType type, PartyDetermination.Outcome screened) {
        Permit permit = new Permit();
        permit.type = type;
        if (screened != null) {
            permit.screening = new PermitScreening();
            permit.screening.outcome = screened;
        }
        return permit;
    }

    private static PermitDocument document(DocumentKind kind, String language, UUID translationOf) {
        PermitDocument document = new PermitDocument();
        document.id = UUID.randomUUID();
        document.kind = kind;
        document.language = language;
        document.fileName = kind.name().toLowerCase() + ".pdf";
        document.translationOf = translationOf;
        return document;
    }

    private static List<DocumentKind> kinds(List<RequiredDocument> checklist) {
        return checklist.stream().map(RequiredDocument::kind).toList();
    }

    @Test
    void everyApplicationNeedsFiveAGeneralLicenceEightAndAWatchListedPartyTwoMore() {
        List<DocumentKind> individual = List.of(DocumentKind.APPLICATION_FORM, DocumentKind.IDENTITY_DOCUMENTS,
                DocumentKind.CONTRACT, DocumentKind.TECHNICAL_DESCRIPTION, DocumentKind.END_USER_CERTIFICATE);
        assertEquals(individual, kinds(DocumentChecklist.of(permit(PermitType.INDIVIDUAL, null), List.of())));
        assertEquals(individual, kinds(DocumentChecklist.of(permit(PermitType.INDIVIDUAL,
                PartyDetermination.Outcome.NO_MATCH), List.of())));
        List<DocumentKind> general = DocumentChecklist.of(permit(PermitType.GENERAL, null), List.of()).stream()
                .map(RequiredDocument::kind).toList();
        assertEquals(8, general.size());
        assertEquals(List.of(DocumentKind.COMPLIANCE_PROGRAMME_STATEMENT, DocumentKind.LICENCE_USE_STATEMENT,
                DocumentKind.CHANNELS_AND_END_USERS_STATEMENT), general.subList(5, 8));
        List<DocumentKind> watched = kinds(DocumentChecklist.of(permit(PermitType.INDIVIDUAL,
                PartyDetermination.Outcome.WATCH_LISTED), List.of()));
        assertEquals(List.of(DocumentKind.RISK_ASSESSMENT, DocumentKind.COMPLIANCE_COMMITMENT), watched.subList(5, 7));
    }

    @Test
    void aDocumentNotInChineseNeedsItsOwnTranslation() {
        PermitDocument contract = document(DocumentKind.CONTRACT, "en", null);
        PermitDocument certificate = document(DocumentKind.END_USER_CERTIFICATE, "zh-CN", null);
        PermitDocument report = document(DocumentKind.TECHNICAL_DESCRIPTION, "de", null);
        PermitDocument contractInChinese = document(DocumentKind.TRANSLATION, "zh", contract.id);
        List<RequiredDocument> checklist = DocumentChecklist.of(permit(PermitType.INDIVIDUAL, null),
                List.of(contract, certificate, report, contractInChinese));
        List<RequiredDocument> translations = checklist.stream()
                .filter(r -> r.kind() == DocumentKind.TRANSLATION).toList();
        assertEquals(List.of(contract.id, report.id), translations.stream().map(RequiredDocument::translationOf).toList());
        assertEquals(List.of(true, false), translations.stream().map(RequiredDocument::satisfied).toList());
        assertEquals(List.of(contractInChinese.id), translations.get(0).documents());
        assertEquals(true, checklist.stream().filter(r -> r.kind() == DocumentKind.CONTRACT).findFirst().get()
                .satisfied());
    }
}
