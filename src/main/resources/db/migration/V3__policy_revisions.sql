-- Changes to policies are revisions: the earlier text is kept with who changed it, when and why.
create table policy_revision (
    id                 uuid         primary key,
    policy_id          varchar(64)  not null references policy (id),
    revision           integer      not null,
    kind               varchar(16)  not null check (kind in ('CREATED', 'AMENDED', 'SUSPENDED', 'REPEALED')),
    changed_at         timestamptz  not null,
    changed_by_key_id  varchar(32)  not null,
    reason             text         not null,
    -- The policy as it read before this change (JSON of its public representation); null on creation.
    previous           text,
    constraint policy_revision_unique unique (policy_id, revision)
);
