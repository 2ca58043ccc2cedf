-- Restricted keys: the permissions a key is limited to, by wire name; null for a key without
-- restrictions (every key made before), which may do whatever its role may.
alter table api_key add column permissions text[];
