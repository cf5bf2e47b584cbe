-- The bank's trade-finance records. Camunda's own tables come from Camunda.
-- Plain SQL that runs on H2 2.x and MySQL 8 / MariaDB 10.11 alike.

create table enterprise (
  id                      varchar(64)   not null primary key,
  name                    varchar(200)  not null,
  country                 varchar(2)       not null,
  role                    varchar(20)   not null,
  rating_grade            varchar(8),
  probability_of_default  decimal(9,6),
  rated_at                timestamp,
  created_at              timestamp     not null,
  version                 bigint        not null
);

create table credit_facility (
  id              varchar(64)   not null primary key,
  enterprise_id   varchar(64)   not null,
  kind            varchar(20)   not null,
  product         varchar(40),
  counterparty_id varchar(64),
  country         varchar(2),
  currency        varchar(3)       not null,
  limit_amount    decimal(19,4) not null,
  utilised        decimal(19,4) not null,
  expiry          date          not null,
  created_at      timestamp     not null,
  version         bigint        not null,
  constraint fk_facility_enterprise foreign key (enterprise_id) references enterprise (id),
  constraint ck_facility_utilised check (utilised >= 0 and utilised <= limit_amount)
);
create index ix_facility_enterprise on credit_facility (enterprise_id, kind);

create table limit_reservation (
  id              varchar(64)   not null primary key,
  facility_id     varchar(64)   not null,
  application_id  varchar(64)   not null,
  amount          decimal(19,4) not null,
  state           varchar(20)   not null,
  created_at      timestamp     not null,
  updated_at      timestamp     not null,
  constraint fk_reservation_facility foreign key (facility_id) references credit_facility (id),
  constraint uq_reservation unique (facility_id, application_id)
);
create index ix_reservation_application on limit_reservation (application_id);

create table financing_application (
  id                  varchar(64)   not null primary key,
  product             varchar(40)   not null,
  process_instance_id varchar(64),
  applicant_id        varchar(64)   not null,
  counterparty_id     varchar(64),
  amount              decimal(19,4) not null,
  requested_amount    decimal(19,4),
  currency            varchar(3)       not null,
  status              varchar(20)   not null,
  decision            varchar(40),
  reason              varchar(1000),
  rating_grade        varchar(8),
  submitted_by        varchar(64),
  created_at          timestamp     not null,
  updated_at          timestamp     not null,
  version             bigint        not null
);
create index ix_application_status on financing_application (product, status, created_at);
create index ix_application_applicant on financing_application (applicant_id, created_at);

create table customs_declaration (
  id              varchar(64)   not null primary key,
  exporter_id     varchar(64)   not null,
  currency        varchar(3)       not null,
  declared_value  decimal(19,4) not null,
  financed        decimal(19,4) not null,
  version         bigint        not null,
  constraint ck_declaration_financed check (financed >= 0 and financed <= declared_value)
);

-- Every receivable or instrument, registered once. active_key holds the normalised key while the
-- registration is PENDING or FINANCED and is null once RELEASED or SETTLED, so the unique index
-- refuses a second live registration even when requests race, and a released one may come back.
create table receivable (
  id                 varchar(64)   not null primary key,
  kind               varchar(30)   not null,
  seller_id          varchar(64)   not null,
  buyer_id           varchar(64)   not null,
  number             varchar(100)  not null,
  normalised_key     varchar(300)  not null,
  active_key         varchar(300),
  fingerprint        varchar(64)      not null,
  amount             decimal(19,4) not null,
  currency           varchar(3)       not null,
  issue_date         date,
  due_date           date,
  declaration_id     varchar(64),
  declaration_amount decimal(19,4),
  application_id     varchar(64)   not null,
  state              varchar(20)   not null,
  near_duplicate_of  varchar(64),
  registered_at      timestamp     not null,
  updated_at         timestamp     not null,
  constraint uq_receivable_active unique (active_key)
);
create index ix_receivable_fingerprint on receivable (fingerprint);
create index ix_receivable_application on receivable (application_id);

create table disbursement (
  id               varchar(64)   not null primary key,
  application_id   varchar(64)   not null,
  idempotency_key  varchar(120)  not null,
  amount           decimal(19,4) not null,
  currency         varchar(3)       not null,
  booking_id       varchar(64)   not null,
  value_date       date          not null,
  booked_at        timestamp     not null,
  constraint uq_disbursement_key unique (idempotency_key)
);
create index ix_disbursement_application on disbursement (application_id);

create table repayment (
  id               varchar(64)   not null primary key,
  application_id   varchar(64)   not null,
  idempotency_key  varchar(120)  not null,
  kind             varchar(30)   not null,
  amount           decimal(19,4) not null,
  currency         varchar(3)       not null,
  booking_id       varchar(64)   not null,
  value_date       date          not null,
  booked_at        timestamp     not null,
  constraint uq_repayment_key unique (idempotency_key)
);
create index ix_repayment_application on repayment (application_id);

create table trade_document (
  id              varchar(64)   not null primary key,
  application_id  varchar(64)   not null,
  kind            varchar(40)   not null,
  reference       varchar(200)  not null,
  result          varchar(20)   not null,
  detail          varchar(1000),
  checked_at      timestamp     not null
);
create index ix_document_application on trade_document (application_id);
