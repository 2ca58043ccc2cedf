-- The documents of an application (Art. 16 of the 2024 Regulations). The bytes live in chunks of at
-- most 1 MiB so that neither a write nor a read ever holds a whole document in memory; stored
-- EXTERNAL, uncompressed, since PDF, images and office files are compressed already.

create table permit_document (
    id                 uuid          primary key,
    permit_id          uuid          not null references permit (id),
    kind               varchar(40)   not null check (kind in ('APPLICATION_FORM', 'IDENTITY_DOCUMENTS', 'CONTRACT',
        'TECHNICAL_DESCRIPTION', 'END_USER_CERTIFICATE', 'COMPLIANCE_PROGRAMME_STATEMENT', 'LICENCE_USE_STATEMENT',
        'CHANNELS_AND_END_USERS_STATEMENT', 'RISK_ASSESSMENT', 'COMPLIANCE_COMMITMENT', 'TRANSLATION', 'OTHER')),
    -- As the exporter gave it; never used as a path.
    file_name          varchar(255)  not null,
    language           varchar(35)   not null,
    translation_of     uuid          references permit_document (id),
    media_type         varchar(100)  not null,
    size_bytes         bigint        not null check (size_bytes > 0),
    sha256             varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at        timestamptz   not null,
    uploaded_by_key_id varchar(32)   not null,
    constraint permit_document_once unique (permit_id, sha256),
    constraint permit_document_translation check ((kind = 'TRANSLATION') = (translation_of is not null))
);
create index permit_document_permit_idx on permit_document (permit_id, uploaded_at, id);

create table permit_document_chunk (
    document_id uuid    not null references permit_document (id) on delete cascade,
    seq         integer not null check (seq >= 0),
    data        bytea   not null,
    primary key (document_id, seq)
);
alter table permit_document_chunk alter column data set storage external;

-- A document's events name it under its permit (EP-2026-000123/documents/<uuid>), longer than 64.
alter table event alter column subject_id type varchar(128);
