-- The transactional outbox: every change to a permit, an exporter, a policy or a control entry writes
-- its event in the same transaction as the change, so an event exists exactly when its change does.
--
-- Position in the feed is (tx, seq). seq is allocated at insert but becomes visible only at commit,
-- so reading "seq > last seen" would skip an event whose transaction commits after a later one (the
-- sequence-gap trap). Readers instead only take events whose transaction id is below the oldest
-- transaction still running (pg_snapshot_xmin): that prefix of the feed can no longer grow, and
-- anything committing later sorts after it.
create table event (
    seq            bigint       generated always as identity primary key,
    tx             xid8         not null default pg_current_xact_id(),
    id             uuid         not null unique,
    type           varchar(64)  not null,
    occurred_at    timestamptz  not null,
    subject_type   varchar(32)  not null,
    subject_id     varchar(64)  not null,
    etag           varchar(80),
    -- json, not jsonb: kept byte for byte as the representation was written, key order included.
    data           json         not null,
    -- Who may read it besides authorities: every key holder, the exporter, or the named parties.
    visible_to_all boolean      not null,
    exporter_id    uuid,
    party_ids      uuid[]       not null default '{}'
);
create index event_position_idx on event (tx, seq);

create trigger event_append_only before update or delete on event
    for each row execute function refuse_rewrite();

-- Wakes long polls and the webhook worker on every instance at commit (NOTIFY is transactional).
-- The channel carries the schema's name, since dev and test share one database.
create function event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify(tg_table_schema || '_events', json_build_object('type', new.type,
        'all', new.visible_to_all, 'exporter', new.exporter_id, 'parties', new.party_ids)::text);
    return null;
end;
$$;
create trigger event_notify after insert on event for each row execute function event_notify();
