-- Importer organisations: one buyer, however many exporters have named it as a party. Its keys see
-- every permit naming a party linked to it. A self-registered importer sees nothing until verified.

create table importer (
    id                  uuid         primary key,
    legal_name          varchar(300) not null,
    country             varchar(2)   not null,
    lei                 varchar(20),
    national_identifier varchar(64),
    contact_email       varchar(320) not null,
    status              varchar(16)  not null check (status in ('PENDING', 'VERIFIED', 'REJECTED')),
    self_registered     boolean      not null,
    status_reason       varchar(500),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    verified_at         timestamptz,
    version             bigint       not null,
    constraint importer_identified check (lei is not null or national_identifier is not null)
);
create index importer_created_idx on importer (created_at, id);
-- A rejected registration gives its identifiers back, so a squatter cannot keep them from their owner.
create unique index importer_lei_unique on importer (lei) where status <> 'REJECTED';
create unique index importer_identifier_unique on importer (country, national_identifier)
    where status <> 'REJECTED';

alter table party add column lei varchar(20);
create index party_lei_idx on party (lei) where lei is not null;

-- A party names at most one importer.
create table party_importer_link (
    party_id         uuid        primary key references party (id),
    importer_id      uuid        not null references importer (id),
    basis            varchar(24) not null check (basis in ('MATCHING_LEI', 'EXPORTER_CONFIRMED', 'AUTHORITY')),
    linked_at        timestamptz not null,
    linked_by_key_id varchar(32)
);
create index party_importer_link_importer_idx on party_importer_link (importer_id, linked_at, party_id);

-- Links made and removed, kept when the link itself is gone.
create table party_history (
    id           uuid         primary key,
    party_id     uuid         not null references party (id),
    action       varchar(32)  not null check (action in ('LINKED_TO_IMPORTER', 'UNLINKED_FROM_IMPORTER')),
    importer_id  uuid         not null references importer (id),
    basis        varchar(24)  check (basis in ('MATCHING_LEI', 'EXPORTER_CONFIRMED', 'AUTHORITY')),
    actor_key_id varchar(32),
    actor_role   varchar(16),
    occurred_at  timestamptz  not null
);
create index party_history_party_idx on party_history (party_id, occurred_at, id);

alter table api_key add column importer_id uuid references importer (id);
alter table api_key drop constraint api_key_scope;
alter table api_key add constraint api_key_scope check (
    (role = 'AUTHORITY' and exporter_id is null and party_id is null and importer_id is null)
    or (role = 'EXPORTER' and exporter_id is not null and party_id is null and importer_id is null)
    or (role = 'IMPORTER' and exporter_id is null and (party_id is null) <> (importer_id is null)));

alter table webhook_subscription add column owner_importer_id uuid references importer (id);

-- An importer organisation's subscription gets what names a party linked to it while it is verified,
-- and what is addressed to the organisation itself (its id among the event's party ids).
create or replace function webhook_fan_out() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (id, subscription_id, event_seq, state, next_attempt_at, created_at)
    select gen_random_uuid(), s.id, new.seq, 'PENDING', clock_timestamp(), clock_timestamp()
    from webhook_subscription s
    where s.enabled
      and (cardinality(s.event_types) = 0 or new.type = any(s.event_types))
      and (cardinality(s.permit_numbers) = 0
           or (new.subject_type = 'permit' and new.subject_id = any(s.permit_numbers)))
      and (s.owner_role = 'AUTHORITY' or new.visible_to_all or s.owner_exporter_id = new.exporter_id
           or s.owner_party_id = any(new.party_ids)
           or s.owner_importer_id = any(new.party_ids)
           or (s.owner_importer_id is not null and cardinality(new.party_ids) > 0 and exists (
                select 1 from party_importer_link l join importer i on i.id = l.importer_id
                where l.importer_id = s.owner_importer_id and i.status = 'VERIFIED'
                  and l.party_id = any(new.party_ids))));
    return null;
end;
$$;
