-- Idempotency-Key records: written in the same transaction as the change they guard, so a request
-- that committed always has its answer stored, and one that did not leaves no trace.
create table idempotency_record (
    scope            varchar(64)  not null,
    idempotency_key  varchar(255) not null,
    -- SHA-256 of method, path, parameters and body: the same key with another request is refused.
    fingerprint      varchar(64)  not null,
    response_status  integer,
    response_headers text,
    -- Sealed: a replayed answer may carry a secret (a new API key, a webhook signing secret).
    response_body    text,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_expiry_idx on idempotency_record (expires_at);
