-- Webhook subscriptions, owned by the tenant of the key that made them (all authorities together,
-- an exporter, or an importer's party). Deliveries are written with their event, in its transaction.
create table webhook_subscription (
    id                   uuid          primary key,
    owner_role           varchar(16)   not null check (owner_role in ('AUTHORITY', 'EXPORTER', 'IMPORTER')),
    owner_exporter_id    uuid          references exporter (id),
    owner_party_id       uuid          references party (id),
    url                  varchar(2000) not null,
    description          varchar(200),
    event_types          text[]        not null,
    permit_numbers       text[]        not null,
    -- Needed to sign, so kept, but sealed with a key derived from the server pepper; shown only once.
    secret               varchar(200)  not null,
    enabled              boolean       not null,
    consecutive_failures integer       not null default 0,
    disabled_reason      varchar(500),
    created_by_key_id    varchar(12)   not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null
);
create index webhook_subscription_owner_idx on webhook_subscription (owner_role, owner_exporter_id, owner_party_id);

create table webhook_delivery (
    id              uuid         primary key,
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    event_seq       bigint       not null references event (seq),
    -- As for events: a worker takes a delivery only once every transaction before it has finished,
    -- so that a subscription's deliveries go out in feed order.
    tx              xid8         not null default pg_current_xact_id(),
    state           varchar(16)  not null check (state in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    -- Set while a worker is delivering: another worker (or instance) takes it again only after a crash.
    leased_until    timestamptz,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    completed_at    timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_pending_idx on webhook_delivery (subscription_id, event_seq) where state = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at, id);

create table webhook_attempt (
    id           uuid         primary key,
    delivery_id  uuid         not null references webhook_delivery (id) on delete cascade,
    attempt      integer      not null,
    attempted_at timestamptz  not null,
    duration_ms  integer      not null,
    status_code  integer,
    error        varchar(500)
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, attempt);
