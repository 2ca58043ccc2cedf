-- The statutory clock: a decision is due 45 working days after submission (weekends and the holidays
-- below skipped), paused while information is requested from the exporter. The calendar starts empty:
-- authorities maintain it through the API, since no verified holiday list is on record.
create table holiday (
    day   date         primary key,
    name  varchar(200) not null
);

alter table permit add column decision_due_on date;
alter table permit add column clock_paused_since date;
alter table permit add column clock_paused_working_days integer not null default 0;
create index permit_decision_due_idx on permit (decision_due_on) where decision_due_on is not null;
