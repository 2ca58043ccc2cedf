-- The notification also names the event's subject, so that instances can forget what they cached about
-- it (a permit's status key) as soon as any instance commits a change to it.
create or replace function event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify(tg_table_schema || '_events', json_build_object('type', new.type,
        'all', new.visible_to_all, 'exporter', new.exporter_id, 'parties', new.party_ids,
        'subjectType', new.subject_type, 'subjectId', new.subject_id)::text);
    return null;
end;
$$;
