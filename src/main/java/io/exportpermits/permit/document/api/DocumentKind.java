package io.exportpermits.permit.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a document is, in the terms of Art. 16 of the 2024 Regulations on dual-use export control. */
@Schema(description = "What a document is, as Art. 16 of the 2024 Regulations lists the materials of an application: "
        + "`APPLICATION_FORM` (the dual-use export application form), `IDENTITY_DOCUMENTS` (of the legal representative, "
        + "principal managers and the person handling the application), `CONTRACT` (or other proof of the transaction), "
        + "`TECHNICAL_DESCRIPTION` (or test report of the item), `END_USER_CERTIFICATE` (end-user and end-use "
        + "certificate, Art. 24); for a general licence, Art. 16(2): `COMPLIANCE_PROGRAMME_STATEMENT`, "
        + "`LICENCE_USE_STATEMENT` (licences applied for and used), `CHANNELS_AND_END_USERS_STATEMENT`; for a "
        + "watch-listed party: `RISK_ASSESSMENT` and `COMPLIANCE_COMMITMENT`; `TRANSLATION` (a Chinese translation "
        + "of another document, named by `translationOf`); `OTHER` (anything else MOFCOM asks for).")
public enum DocumentKind {
    APPLICATION_FORM, IDENTITY_DOCUMENTS, CONTRACT, TECHNICAL_DESCRIPTION, END_USER_CERTIFICATE,
    COMPLIANCE_PROGRAMME_STATEMENT, LICENCE_USE_STATEMENT, CHANNELS_AND_END_USERS_STATEMENT, RISK_ASSESSMENT,
    COMPLIANCE_COMMITMENT, TRANSLATION, OTHER
}
