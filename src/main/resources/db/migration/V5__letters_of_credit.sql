-- Letters of credit: the credit itself (issued by the bank or advised for another bank), its amendments, the
-- presentations of documents under it, and the SWIFT messages it sent and received. Banks carry their BIC.

alter table enterprise add bic varchar(11);
create index ix_enterprise_bic on enterprise (bic);

create table letter_of_credit (
  id                     varchar(64)   not null primary key,
  product                varchar(40)   not null,
  side                   varchar(10)   not null,
  credit_number          varchar(16)   not null,
  issuing_bank_bic       varchar(11)   not null,
  advising_bank_bic      varchar(11)   not null,
  applicant_id           varchar(64),
  applicant              varchar(140)  not null,
  beneficiary            varchar(140)  not null,
  beneficiary_country    varchar(2),
  beneficiary_account    varchar(34),
  currency               varchar(3)    not null,
  amount                 decimal(19,4) not null,
  tolerance_plus         int           not null,
  tolerance_minus        int           not null,
  issue_date             date,
  expiry_date            date          not null,
  expiry_place           varchar(29)   not null,
  latest_shipment_date   date,
  presentation_days      int           not null,
  available_by           varchar(20)   not null,
  tenor_days             int,
  partial_shipments      varchar(12)   not null,
  transhipment           varchar(12)   not null,
  port_of_loading        varchar(140),
  port_of_discharge      varchar(140),
  goods                  text          not null,
  documents_required     text          not null,
  additional_conditions  text,
  confirmation           varchar(8)    not null,
  cash_margin            decimal(19,4) not null,
  drawn                  decimal(19,4) not null,
  confirmed              boolean       not null,
  status                 varchar(16)   not null,
  created_at             timestamp     not null,
  updated_at             timestamp     not null,
  version                bigint        not null,
  constraint uq_lc_number unique (issuing_bank_bic, credit_number)
);

create table lc_amendment (
  id                        varchar(80)   not null primary key,
  lc_id                     varchar(64)   not null,
  number                    int           not null,
  amount_increase           decimal(19,4),
  amount_decrease           decimal(19,4),
  new_expiry_date           date,
  new_latest_shipment_date  date,
  narrative                 varchar(1750),
  status                    varchar(12)   not null,
  reason                    varchar(1000),
  requested_by              varchar(64),
  requested_at              timestamp     not null,
  answered_at               timestamp,
  version                   bigint        not null,
  constraint uq_lc_amendment unique (lc_id, number)
);

create table lc_presentation (
  id                      varchar(80)   not null primary key,
  lc_id                   varchar(64)   not null,
  number                  int           not null,
  presenter_reference     varchar(16)   not null,
  presenting_bank_bic     varchar(11),
  presented_on            date          not null,
  shipment_date           date          not null,
  invoice_amount          decimal(19,4) not null,
  documents               varchar(2000) not null,
  examination_deadline    date          not null,
  last_presentation_date  date          not null,
  findings                text,
  status                  varchar(24)   not null,
  discrepancy_fee         decimal(19,4),
  paid_amount             decimal(19,4),
  maturity_date           date,
  settlement              varchar(16),
  negotiated              boolean       not null,
  created_at              timestamp     not null,
  updated_at              timestamp     not null,
  version                 bigint        not null,
  constraint uq_lc_presentation unique (lc_id, number)
);

create table lc_message (
  id            varchar(120)  not null primary key,
  lc_id         varchar(64)   not null,
  direction     varchar(3)    not null,
  message_type  varchar(3)    not null,
  subject       varchar(40)   not null,
  fin           text          not null,
  created_at    timestamp     not null
);
create index ix_lc_message on lc_message (lc_id, created_at);
