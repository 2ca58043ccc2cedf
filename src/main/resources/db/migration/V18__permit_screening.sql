-- The latest screening of a permit's consignee and end user against the lists (when created, submitted,
-- approved, and whenever a listing that may name them changes), and the exception an authority records
-- to approve a permit despite a control-listed party. Permits from before screening existed have none.
alter table permit
    add column screening_outcome varchar(24)
        check (screening_outcome in ('NO_MATCH', 'LISTING_NOT_IN_EFFECT', 'WATCH_LISTED', 'CONTROL_LISTED')),
    add column screening_trigger varchar(16)
        check (screening_trigger in ('CREATE', 'SUBMIT', 'APPROVE', 'LISTING_CHANGE')),
    add column screened_at timestamptz,
    -- The parties as the screening answered them (PartyDetermination JSON), kept whole for the permit's view.
    add column screening_parties json,
    add column control_list_exception text,
    add column control_list_exception_key varchar(32),
    add column control_list_exception_at timestamptz;
