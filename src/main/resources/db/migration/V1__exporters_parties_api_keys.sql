-- Organisations that API keys belong to, and the keys themselves.

create table exporter (
    id                             uuid primary key,
    legal_name                     varchar(300) not null,
    legal_name_local               varchar(300),
    country                        varchar(2)     not null,
    national_identifier            varchar(64)  not null,
    address                        varchar(1000) not null,
    contact_name                   varchar(200) not null,
    contact_email                  varchar(320) not null,
    contact_phone                  varchar(50),
    status                         varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    general_licence_eligible_from  date,
    general_licence_eligible_until date,
    created_at                     timestamptz  not null,
    updated_at                     timestamptz  not null,
    version                        bigint       not null,
    constraint exporter_identifier_unique unique (country, national_identifier),
    constraint exporter_eligibility_order check (general_licence_eligible_until is null
        or general_licence_eligible_from is null
        or general_licence_eligible_until >= general_licence_eligible_from)
);
create index exporter_created_idx on exporter (created_at, id);
create index exporter_legal_name_idx on exporter (lower(legal_name));

-- Consignees and end users named on permits; importers' keys are bound to one.
create table party (
    id                   uuid primary key,
    name                 varchar(300) not null,
    country              varchar(2)     not null,
    identifier           varchar(64),
    added_by_exporter_id uuid references exporter (id),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null
);
create index party_created_idx on party (created_at, id);
create index party_added_by_idx on party (added_by_exporter_id, created_at, id);

-- Only a keyed hash of each secret is stored; the secret itself is shown once, at creation.
create table api_key (
    id                varchar(32)  primary key,
    name              varchar(200) not null,
    role              varchar(16)  not null check (role in ('AUTHORITY', 'EXPORTER', 'IMPORTER')),
    exporter_id       uuid references exporter (id),
    party_id          uuid references party (id),
    secret_digest     bytea        not null,
    created_at        timestamptz  not null,
    created_by_key_id varchar(32),
    expires_at        timestamptz,
    revoked_at        timestamptz,
    last_used_at      timestamptz,
    constraint api_key_digest_unique unique (secret_digest),
    constraint api_key_scope check (
        (role = 'AUTHORITY' and exporter_id is null and party_id is null)
        or (role = 'EXPORTER' and exporter_id is not null and party_id is null)
        or (role = 'IMPORTER' and party_id is not null and exporter_id is null))
);
create index api_key_created_idx on api_key (created_at, id);
