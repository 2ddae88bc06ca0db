-- SPEC §9: the figures per rating, per first-touch owner and per booth staff member are kept per campaign and as-of
-- like the campaign totals, so trends can be shown for them too and a workbook shows exactly what was stored.
CREATE TABLE group_figures (
    campaign_code TEXT NOT NULL,
    as_of         TEXT NOT NULL,
    dimension     TEXT NOT NULL,      -- RATING | OWNER | STAFF
    grp           TEXT NOT NULL,
    leads         BIGINT NOT NULL,
    on_time       BIGINT NOT NULL,
    late          BIGINT NOT NULL,
    overdue       BIGINT NOT NULL,
    open          BIGINT NOT NULL,
    compliance    DOUBLE PRECISION,
    median_hours  DOUBLE PRECISION,
    p90_hours     DOUBLE PRECISION,
    PRIMARY KEY (campaign_code, as_of, dimension, grp)
);
