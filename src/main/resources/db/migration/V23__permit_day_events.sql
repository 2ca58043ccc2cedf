-- Changes that come with a day rather than a write: a licence's validity starting (approved in advance)
-- and ending. Each is announced once per permit, by whichever instance gets there first.

create table permit_day_event (
    permit_id  uuid        not null references permit (id),
    type       varchar(24) not null check (type in ('VALIDITY_STARTED', 'EXPIRED')),
    day        date        not null,
    emitted_at timestamptz not null,
    primary key (permit_id, type)
);

-- What had already happened before these events existed is not announced now, months late.
insert into permit_day_event (permit_id, type, day, emitted_at)
select id, 'EXPIRED', valid_until + 1, now() from permit
where status in ('APPROVED', 'SUSPENDED') and valid_until < current_date;
insert into permit_day_event (permit_id, type, day, emitted_at)
select id, 'VALIDITY_STARTED', valid_from, now() from permit
where status in ('APPROVED', 'SUSPENDED', 'REVOKED', 'SURRENDERED', 'EXHAUSTED') and valid_from <= current_date;
