-- The instruments a forfaiting deal buys: one row per bill, note or deferred-payment claim, with its own pricing
-- and its own state at maturity.
create table forfaiting_instrument (
  id              varchar(64)   not null primary key,
  application_id  varchar(64)   not null,
  position        int           not null,
  number          varchar(35)   not null,
  kind            varchar(30)   not null,
  face_amount     decimal(19,4) not null,
  currency        varchar(3)    not null,
  issue_date      date          not null,
  maturity_date   date          not null,
  discount_days   int,
  discount        decimal(19,4),
  proceeds        decimal(19,4),
  state           varchar(16)   not null,
  settled_at      timestamp,
  constraint uq_instrument_position unique (application_id, position)
);
