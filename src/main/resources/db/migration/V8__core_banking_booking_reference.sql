-- The simulator's ledger answers "the bookings of these applications" (reconciliation, an application's bookings)
-- from an index rather than by reading every booking. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.
create index ix_sim_cb_booking_reference on sim_cb_booking (reference);
