-- Changes an authority makes to listings are revisions too, kept with who, when, why and the earlier text.
alter table revision drop constraint revision_subject_type_check;
alter table revision add constraint revision_subject_type_check
    check (subject_type in ('POLICY', 'CONTROL_ENTRY', 'LISTED_PARTY'));
alter table revision drop constraint policy_revision_kind_check;
alter table revision add constraint revision_kind_check
    check (kind in ('CREATED', 'AMENDED', 'SUSPENDED', 'REPEALED', 'LIFTED'));
