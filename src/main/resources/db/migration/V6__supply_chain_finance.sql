-- Supply-chain finance: programmes of core enterprises, their suppliers, the payables the core enterprises upload
-- (each an irrevocable undertaking to pay at its due date) and the uploads themselves (recognised by content).

create table programme (
  id                  varchar(64)   not null primary key,
  name                varchar(140)  not null,
  core_enterprise_id  varchar(64)   not null,
  currency            varchar(3)    not null,
  limit_amount        decimal(19,4) not null,
  expiry              date          not null,
  max_tenor_days      int           not null,
  base_rate           decimal(9,6),
  auto_discount       boolean       not null,
  paying_agent        boolean       not null,
  facility_id         varchar(64)   not null,
  created_at          timestamp     not null,
  version             bigint        not null
);

create table programme_supplier (
  id              varchar(140)  not null primary key,
  programme_id    varchar(64)   not null,
  supplier_id     varchar(64)   not null,
  payout_account  varchar(34),
  auto_discount   boolean       not null,
  status          varchar(12)   not null,
  reason          varchar(500),
  created_at      timestamp     not null,
  updated_at      timestamp     not null,
  version         bigint        not null,
  constraint uq_programme_supplier unique (programme_id, supplier_id)
);

create table payable_upload (
  id            varchar(64)   not null primary key,
  programme_id  varchar(64)   not null,
  content_hash  varchar(64)   not null,
  line_count    int           not null,
  total_amount  decimal(19,4) not null,
  uploaded_by   varchar(64),
  created_at    timestamp     not null,
  constraint uq_payable_upload unique (programme_id, content_hash)
);

create table payable (
  id                varchar(64)   not null primary key,
  programme_id      varchar(64)   not null,
  supplier_id       varchar(64)   not null,
  invoice_number    varchar(100)  not null,
  po_reference      varchar(100),
  amount            decimal(19,4) not null,
  currency          varchar(3)    not null,
  issue_date        date          not null,
  due_date          date          not null,
  status            varchar(12)   not null,
  application_id    varchar(64),
  discount          decimal(19,4),
  paid_to_supplier  decimal(19,4),
  upload_id         varchar(64)   not null,
  created_at        timestamp     not null,
  updated_at        timestamp     not null,
  version           bigint        not null
);
create index ix_payable_supplier on payable (programme_id, supplier_id, due_date);
create index ix_payable_due on payable (due_date, status);
