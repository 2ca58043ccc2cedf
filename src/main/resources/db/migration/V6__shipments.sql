-- Shipments reported against a permit's lines, by the exporter or by customs. A batch id is reported
-- once: a repeat is answered with the first answer, and counts nothing again.
create table shipment (
    id                  uuid          primary key,
    permit_id           uuid          not null references permit (id),
    batch_id            varchar(100)  not null,
    shipped_on          date          not null,
    reported_at         timestamptz   not null,
    reported_by_key_id  varchar(32)   not null,
    reported_by_role    varchar(16)   not null,
    -- The answer given the first time, replayed for a repeated batch id.
    response            text          not null,
    constraint shipment_batch_unique unique (permit_id, batch_id)
);

create table shipment_line (
    shipment_id  uuid           not null references shipment (id),
    line_number  integer        not null,
    quantity     numeric(21, 6) not null check (quantity > 0),
    primary key (shipment_id, line_number)
);
