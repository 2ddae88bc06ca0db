-- Nightly runs over unchanged exports look for new first touches only among the activities since the previous
-- as-of (issue #7): these two indexes find them without reading the whole activity table. The CRM consolidation
-- drops and rebuilds them around its bulk insert (CrmRepository), with the same definitions.
CREATE INDEX activity_occurred_at ON activity (occurred_at);
CREATE INDEX activity_occurred_date ON activity (occurred_date) WHERE occurred_at IS NULL;
