-- Every enabled subscription that wants an event, and whose tenant may see it, gets a delivery, in the
-- statement that records the event: atomic with it as before, without a second round trip per change.
create function webhook_fan_out() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (id, subscription_id, event_seq, state, next_attempt_at, created_at)
    select gen_random_uuid(), s.id, new.seq, 'PENDING', clock_timestamp(), clock_timestamp()
    from webhook_subscription s
    where s.enabled
      and (cardinality(s.event_types) = 0 or new.type = any(s.event_types))
      and (cardinality(s.permit_numbers) = 0
           or (new.subject_type = 'permit' and new.subject_id = any(s.permit_numbers)))
      and (s.owner_role = 'AUTHORITY' or new.visible_to_all or s.owner_exporter_id = new.exporter_id
           or s.owner_party_id = any(new.party_ids));
    return null;
end;
$$;

create trigger event_webhook_fan_out after insert on event
    for each row execute function webhook_fan_out();
