-- Acceptance of applications (Art. 17 of the 2024 Regulations; Administrative Licensing Law Art. 32):
-- the 45 working days run from the day an application is accepted, not from its submission. The
-- authority may ask for corrections within 5 working days of receipt; an application it has not
-- asked about by then counts as accepted on the day it was received.

alter table permit drop constraint permit_status_check;
alter table permit add constraint permit_status_check check (status in ('DRAFT', 'SUBMITTED', 'CORRECTIONS_REQUESTED',
    'UNDER_REVIEW', 'INFORMATION_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'SUSPENDED', 'REVOKED', 'SURRENDERED',
    'EXHAUSTED'));

-- The day the authority last received the application (its submission, or its resubmission with corrections).
alter table permit add column received_on date;
-- The day it was accepted, and whether by the law's deadline rather than by the authority.
alter table permit add column accepted_on date;
alter table permit add column accepted_by_law boolean not null default false;
-- The corrections the authority asked for, JSON, while the application is back with the exporter.
alter table permit add column corrections json;

-- Applications already in the database count as received and, once past SUBMITTED, as accepted on the day
-- they were submitted: their clocks stay as they were.
update permit set received_on = (submitted_at at time zone 'UTC')::date where submitted_at is not null;
update permit set accepted_on = received_on where submitted_at is not null and status <> 'SUBMITTED' and status <> 'DRAFT';
