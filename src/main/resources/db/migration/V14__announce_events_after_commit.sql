-- Events are announced by the service once their transaction has committed (EventSignals), and listeners
-- read them from this table. A NOTIFY inside the writing transaction made PostgreSQL serialise the
-- commits of every transaction that wrote an event: the notification queue's lock is held until the
-- commit is flushed, so concurrent writers could not share a WAL flush.
drop trigger event_notify on event;
drop function event_notify();
