-- The nodes running on this database and when each last said it was alive (platform/engine/NodeHeartbeats): the
-- job locks of a node not seen for a while are released, so that the other nodes run its jobs
create table engine_node (
  node_id varchar(255) not null primary key,
  seen_at timestamp    not null
);
