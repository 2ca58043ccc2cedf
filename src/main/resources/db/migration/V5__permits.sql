-- Permits, from application to licence: their lines, and an append-only history of every change.

create sequence permit_number_seq;

create table permit (
    id                    uuid          primary key,
    number                varchar(20)   not null unique,
    -- Random, shown only to the exporter and authorities, checked by anonymous verification.
    check_code            varchar(16)   not null,
    exporter_id           uuid          not null references exporter (id),
    type                  varchar(16)   not null check (type in ('INDIVIDUAL', 'GENERAL')),
    status                varchar(24)   not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
        'INFORMATION_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'SUSPENDED', 'REVOKED', 'SURRENDERED',
        'EXHAUSTED')),
    consignee_id          uuid          not null references party (id),
    end_user_id           uuid          not null references party (id),
    end_use               varchar(1000) not null,
    end_user_kind         varchar(16)   not null check (end_user_kind in ('COMMERCIAL', 'GOVERNMENT', 'MILITARY', 'RESEARCH')),
    destination           varchar(2)    not null,
    requested_valid_from  date          not null,
    requested_valid_until date          not null,
    valid_from            date,
    valid_until           date,
    conditions            text,
    decision_reason       text,
    submitted_at          timestamptz,
    decided_at            timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    constraint permit_requested_order check (requested_valid_until >= requested_valid_from),
    constraint permit_validity_order check (valid_until is null or valid_until >= valid_from)
);
create index permit_created_idx on permit (created_at, id);
create index permit_exporter_idx on permit (exporter_id, created_at, id);
create index permit_consignee_idx on permit (consignee_id);
create index permit_end_user_idx on permit (end_user_id);

create table permit_line (
    id                 uuid           primary key,
    permit_id          uuid           not null references permit (id),
    line_number        integer        not null,
    control_code       varchar(32),
    element            varchar(3),
    form               varchar(40),
    description        varchar(1000)  not null,
    quantity           numeric(21, 6) not null check (quantity > 0),
    unit               varchar(3)     not null,
    value              numeric(19, 4) not null check (value > 0),
    currency           varchar(3)     not null,
    -- What the licensing check found on the requested start day, kept as the exporter was told it.
    licence_outcome    varchar(24)    not null,
    approved_quantity  numeric(21, 6) check (approved_quantity >= 0),
    shipped_quantity   numeric(21, 6) not null default 0 check (shipped_quantity >= 0),
    constraint permit_line_number_unique unique (permit_id, line_number),
    constraint permit_line_not_overshipped check (approved_quantity is null or shipped_quantity <= approved_quantity)
);

-- Entries are only ever added: never updated, never deleted.
create table permit_history (
    id            uuid          primary key,
    permit_id     uuid          not null references permit (id),
    occurred_at   timestamptz   not null,
    actor_key_id  varchar(32)   not null,
    actor_role    varchar(16)   not null,
    action        varchar(32)   not null,
    from_status   varchar(24),
    to_status     varchar(24)   not null,
    reason        text,
    changes       text
);
create index permit_history_permit_idx on permit_history (permit_id, occurred_at, id);
