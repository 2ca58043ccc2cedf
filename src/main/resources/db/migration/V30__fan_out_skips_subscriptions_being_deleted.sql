-- A subscription whose deletion had begun but not committed was picked by the fan-out all the same; once
-- the deletion committed, the new delivery's foreign key failed and with it the write whose event it was.
-- Locking the subscriptions picked (key share, as the foreign key check does anyway) makes the fan-out wait
-- for such a deletion and then leave the deleted subscription out. Otherwise as in V24.
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
                  and l.party_id = any(new.party_ids))))
    for key share of s;
    return null;
end;
$$;
