-- The core banking simulator's double-entry ledger. It stands in for a system outside the engine:
-- only CoreBankingSimulator reads and writes these tables, in its own transactions.
-- Portable SQL: runs unchanged on H2 2.x and MySQL 8 / MariaDB 10.11. Ids are UUIDs made in Java.

create table sim_cb_booking (
  id              varchar(64)  not null,
  idempotency_key varchar(200) not null,
  kind            varchar(40)  not null,
  reference       varchar(200),
  currency        varchar(3)   not null,
  value_date      date,
  booked_at       timestamp    not null,
  constraint pk_sim_cb_booking primary key (id),
  constraint uq_sim_cb_booking_idempotency_key unique (idempotency_key)
);

create table sim_cb_posting (
  id         varchar(64)   not null,
  booking_id varchar(64)   not null,
  line_no    int           not null,
  account    varchar(64)   not null,
  side       varchar(6)    not null,
  amount     decimal(19,4) not null,
  constraint pk_sim_cb_posting primary key (id),
  constraint fk_sim_cb_posting_booking foreign key (booking_id) references sim_cb_booking (id)
);

create index ix_sim_cb_posting_account on sim_cb_posting (account);
