-- Control-list entries are corrected through the API too, and keep their history the same way as
-- policies: one revision table for every kind of reference data.
alter table policy_revision rename to revision;
alter table revision drop constraint policy_revision_policy_id_fkey;
alter table revision rename column policy_id to subject_id;
alter table revision add column subject_type varchar(16) not null default 'POLICY'
    check (subject_type in ('POLICY', 'CONTROL_ENTRY'));
alter table revision alter column subject_type drop default;
alter table revision drop constraint policy_revision_unique;
alter table revision add constraint revision_unique unique (subject_type, subject_id, revision);
