-- Every state-changing call of the product's API, with who made it and how it was answered (audit/ApiAudit)
create table api_audit (
  id        varchar(36)  not null primary key,
  called_at timestamp    not null,
  user_id   varchar(64)  not null,
  method    varchar(8)   not null,
  path      varchar(500) not null,
  status    int          not null
);
create index ix_api_audit_at on api_audit (called_at);
create index ix_api_audit_user on api_audit (user_id, called_at);
