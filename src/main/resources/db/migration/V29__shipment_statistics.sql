-- Shipment statistics count what was shipped in a period by the day it was shipped.
create index shipment_shipped_on_idx on shipment (shipped_on);
