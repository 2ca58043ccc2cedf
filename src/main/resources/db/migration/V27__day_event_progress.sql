-- Finding the day's expiries and validity starts read every issued permit once a minute (an anti-join of
-- a parallel sequential scan: two seconds of both cores at a million permits). Each kind now remembers the
-- day it has announced everything up to, so that a check reads only the permits whose day came since,
-- through indexes on those days.
create table permit_day_event_progress (
    type        varchar(24) primary key check (type in ('VALIDITY_STARTED', 'EXPIRED')),
    through_day date        not null
);

create index permit_valid_until_idx on permit (valid_until) where status in ('APPROVED', 'SUSPENDED');
create index permit_valid_from_idx on permit (valid_from) where status = 'APPROVED';
