-- Licensing statistics count applications by the day they were received, accepted, decided, withdrawn or
-- returned for corrections: each of those days gets an index, so that a period's figures read only the
-- applications with something to count in it.
create index permit_received_idx on permit (received_on) where received_on is not null;
create index permit_accepted_idx on permit (accepted_on) where accepted_on is not null;
create index permit_decided_idx on permit (decided_at) where decided_at is not null;
create index permit_history_returned_or_withdrawn_idx on permit_history (occurred_at)
    where action in ('request-corrections', 'withdraw');
-- Applications still awaiting a decision, which the count of those past their due day starts from.
create index permit_awaiting_decision_idx on permit (decision_due_on)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED');
