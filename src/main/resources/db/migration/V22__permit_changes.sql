-- Requests to change a non-key element of an issued licence, decided within 20 working days (Art. 17 of
-- the 2024 Regulations). A change of item, destination, end user or end use is a new application instead.

create table permit_change (
    id                 uuid          primary key,
    permit_id          uuid          not null references permit (id),
    status             varchar(16)   not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    -- JSON of what the exporter asked to change, as it asked it.
    changes            json          not null,
    reason             text          not null,
    requested_at       timestamptz   not null,
    requested_by_key_id varchar(32)  not null,
    decision_due_on    date          not null,
    decided_at         timestamptz,
    decided_by_key_id  varchar(32),
    decision_reason    text
);
create index permit_change_permit_idx on permit_change (permit_id, requested_at, id);
-- One pending request per licence: a second waits for the first to be decided.
create unique index permit_change_one_pending on permit_change (permit_id) where status = 'PENDING';
