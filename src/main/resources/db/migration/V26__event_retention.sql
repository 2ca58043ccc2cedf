-- Events are kept for a configurable horizon (export-permits.events.retention), then deleted in batches
-- by one instance at a time, with their webhook deliveries. The feed remembers how far it was pruned, so
-- that a cursor from before that point is told to resynchronise (410) instead of silently skipping events.
create table event_retention (
    id                 boolean     primary key default true check (id),
    pruned_through_tx  xid8        not null,
    pruned_through_seq bigint      not null,
    -- Events that occurred before this time are gone.
    pruned_before      timestamptz not null,
    pruned_at          timestamptz not null
);

create index event_occurred_idx on event (occurred_at);
create index webhook_delivery_event_idx on webhook_delivery (event_seq);

-- Events stay append-only for everything but retention, which says so for its own transaction.
create function event_rewrite_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('export_permits.pruning_events', true) = 'on' then
        return old;
    end if;
    raise exception '% rows are append-only: % refused', tg_table_name, tg_op;
end;
$$;
drop trigger event_append_only on event;
create trigger event_append_only before update or delete on event
    for each row execute function event_rewrite_guard();
