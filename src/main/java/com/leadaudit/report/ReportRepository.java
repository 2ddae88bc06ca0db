package com.leadaudit.report;

import com.leadaudit.figures.Figures;
import com.leadaudit.figures.GroupFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads what the workbooks show from the audit tables (queries in {@link ReportQueries}). */
@Repository
public class ReportRepository {

    private final JdbcTemplate jdbc;

    public ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For the rest of the caller's transaction, plans without parallel workers. A workbook's queries each read one
     * campaign's rows, and two workbooks are written at once on two cores: starting workers cost more than they
     * saved (the answer columns of a campaign of about 4,900 leads: 8-17 ms with two workers, 2-6 ms without,
     * measured on the realistic benchmark's database).
     */
    void withoutParallelWorkers() {
        jdbc.execute("SET LOCAL max_parallel_workers_per_gather = 0");
    }

    public List<String> campaignCodes() {
        return jdbc.queryForList("SELECT code FROM campaign WHERE in_input AND purged_at IS NULL ORDER BY code", String.class);
    }

    CampaignFacts facts(String code) {
        return jdbc.queryForObject(ReportQueries.FACTS, (rs, i) -> new CampaignFacts(rs.getString("code"),
                rs.getString("name"), date(rs, "start_date"), date(rs, "end_date"), rs.getString("time_zone"),
                rs.getString("sla"), rs.getString("country"), rs.getString("qualifying_types").replace(";", ", "),
                rs.getString("holidays").replace(";", ", "), rs.getBoolean("registered")), code);
    }

    Instant asOfInstant(String code) {
        Timestamp t = jdbc.queryForObject("SELECT as_of_instant FROM campaign WHERE code = ?", Timestamp.class, code);
        return t == null ? null : t.toInstant();
    }

    Figures figures(String code, String asOf) {
        return jdbc.query(ReportQueries.FIGURES, (rs, i) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        dbl(rs, 10), dbl(rs, 11), dbl(rs, 12), dbl(rs, 13)), code, asOf).stream().findFirst()
                .orElse(new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null));
    }

    /** Figures per group as stored for this as-of; dimension is RATING, OWNER or STAFF. */
    List<GroupFigures> groups(String code, String asOf, String dimension) {
        return jdbc.query(ReportQueries.GROUP_FIGURES, (rs, i) -> new GroupFigures(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), dbl(rs, 7), dbl(rs, 8), dbl(rs, 9)),
                code, asOf, dimension);
    }

    /** Every lead in Leads sheet order, with its row hash ({@link LeadBlocks}). */
    void forEachLead(String code, List<String> answerColumns, CampaignReportSource.HashedLeads consumer) {
        stream(ReportQueries.LEADS, code, answerColumns, rs -> consumer.accept(lead(rs), rs.getLong(HASH_COLUMN)));
    }

    /** The leads of the given blocks of the Leads sheet, in its order, with their row hashes. */
    void forEachLeadOfBlocks(String code, List<String> answerColumns, int rowsPerBlock, int[] blocks,
                             CampaignReportSource.HashedLeads consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement(ReportQueries.LEADS_OF_BLOCKS);
            ps.setFetchSize(1000);
            ps.setArray(1, con.createArrayOf("text", answerColumns.toArray()));
            ps.setString(2, code);
            ps.setInt(3, rowsPerBlock);
            ps.setArray(4, con.createArrayOf("int4", java.util.Arrays.stream(blocks).boxed().toArray()));
            ps.setString(5, code);
            return ps;
        }, rs -> {
            consumer.accept(lead(rs), rs.getLong(HASH_COLUMN));
        });
    }

    /** The Leads sheet's blocks of {@code rowsPerBlock} rows, in its order: rows and hash of each. */
    List<LeadBlocks.Hash> leadBlockHashes(String code, int rowsPerBlock) {
        List<LeadBlocks.Hash> blocks = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(ReportQueries.LEAD_BLOCK_HASHES);
            ps.setInt(1, rowsPerBlock);
            ps.setString(2, code);
            return ps;
        }, rs -> {
            if (rs.getInt(1) != blocks.size()) {
                throw new IllegalStateException("lead block " + rs.getInt(1) + " follows block " + (blocks.size() - 1));
            }
            blocks.add(new LeadBlocks.Hash(rs.getInt(2), rs.getString(3)));
        });
        return blocks;
    }

    /**
     * The blocks of the Leads sheet holding a lead changed since the campaign's leads were at {@code leadVersion},
     * from the change log; null when the log does not reach back to that version.
     */
    LeadBlocks.Changed changedLeadBlocks(String code, int rowsPerBlock, long leadVersion) {
        List<LeadBlocks.Changed> found = jdbc.query(ReportQueries.CHANGED_LEAD_BLOCKS, (rs, i) -> new LeadBlocks.Changed(
                rs.getInt(1), java.util.Arrays.stream((Integer[]) rs.getArray(2).getArray())
                        .mapToInt(Integer::intValue).toArray()), rowsPerBlock, leadVersion, code, leadVersion);
        return found.isEmpty() ? null : found.get(0);
    }

    void forEachActionItem(String code, List<String> answerColumns, Consumer<LeadRow> consumer) {
        stream(ReportQueries.ACTION_LIST, code, answerColumns, rs -> consumer.accept(lead(rs)));
    }

    /** Streams the rows of a lead query whose parameters are the answer columns and the campaign. */
    private void stream(String sql, String code, List<String> answerColumns,
                        org.springframework.jdbc.core.RowCallbackHandler handler) {
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(1000);
            ps.setArray(1, con.createArrayOf("text", answerColumns.toArray()));
            ps.setString(2, code);
            return ps;
        }, handler);
    }

    /** The column of {@link ReportQueries#LEADS} after the lead's values and its id: the row's hash. */
    private static final int HASH_COLUMN = 32;

    /**
     * One row of {@link ReportQueries#LEADS} or {@link ReportQueries#ACTION_LIST}. Columns are read by position, in
     * the order of the SELECT list, and times as OffsetDateTime: by name the driver searched the column names for
     * every value, and getTimestamp went through a Calendar — a tenth of writing a lead sheet.
     */
    private static LeadRow lead(ResultSet rs) throws SQLException {
        String match = rs.getString(11);
        java.math.BigDecimal hours = rs.getBigDecimal(17);
        List<String> aligned = List.of((String[]) rs.getArray(21).getArray());
        return new LeadRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9), rs.getInt(10),
                match != null, match, rs.getString(12), instant(rs, 13), rs.getObject(14, LocalDate.class),
                rs.getString(15), rs.getString(16), hours == null ? null : hours.doubleValue(), instant(rs, 18),
                rs.getString(19), rs.getString(20), aligned, rs.getString(22), rs.getInt(23),
                rs.getString(24) == null ? null : new LeadRow.Outcome(rs.getString(25), instant(rs, 26),
                        rs.getBigDecimal(27), rs.getString(28), rs.getString(29), rs.getString(30)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Every placeholder of the Data Quality query is the campaign's code. */
    private static final int DATA_QUALITY_PARAMETERS =
            (int) ReportQueries.DATA_QUALITY.chars().filter(ch -> ch == '?').count();

    /** Streamed like the leads (fetch size inside the caller's transaction): a campaign can have many merged scans. */
    void forEachDataQualityRow(String code, Consumer<DataQualityRow> consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement(ReportQueries.DATA_QUALITY);
            ps.setFetchSize(1000);
            for (int i = 1; i <= DATA_QUALITY_PARAMETERS; i++) {
                ps.setString(i, code);
            }
            return ps;
        }, rs -> {
            int row = rs.getInt(3);
            Integer rowNumber = rs.wasNull() ? null : row;
            consumer.accept(new DataQualityRow(rs.getString(1), rs.getString(2), rowNumber, rs.getString(4),
                    rs.getString(5)));
        });
    }

    List<TrendPoint> trend(String code) {
        return jdbc.query(ReportQueries.TREND, (rs, i) -> new TrendPoint(rs.getString(1), dbl(rs, 2), dbl(rs, 3),
                rs.getLong(4)), code);
    }

    Map<String, List<TrendPoint>> allTrends() {
        Map<String, List<TrendPoint>> byCode = new LinkedHashMap<>();
        jdbc.query(ReportQueries.ALL_TRENDS, rs -> {
            byCode.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new TrendPoint(rs.getString(2), dbl(rs, 3), dbl(rs, 4), rs.getLong(5)));
        });
        return byCode;
    }

    /** SPEC §14 figures of a campaign and as-of, with its cost; whether any opportunity export counts at all. */
    Outcomes outcomes(String code, String asOf) {
        boolean export = Boolean.TRUE.equals(jdbc.queryForObject(
                com.leadaudit.outcome.OutcomeRepository.HAS_OPPORTUNITY_EXPORT, Boolean.class));
        Map<String, Object> cost = jdbc.queryForMap("SELECT cost, cost_currency FROM campaign WHERE code = ?", code);
        List<Outcomes.Figure> figures = jdbc.query("""
                SELECT dimension, grp, currency, leads, with_opportunity, pipeline, won FROM outcome_figures
                WHERE campaign_code = ? AND as_of = ?""", (rs, i) -> new Outcomes.Figure(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7)), code, asOf);
        return new Outcomes(export, (java.math.BigDecimal) cost.get("cost"), (String) cost.get("cost_currency"),
                figures);
    }

    List<InputFile> inputFiles(String code) {
        return jdbc.query(ReportQueries.INPUT_FILES, (rs, i) -> new InputFile(rs.getString("path"), rs.getString("kind"),
                rs.getString("sha256"), rs.getLong("data_rows"), rs.getLong("rejected_rows"),
                outcome(rs.getString("status"), rs.getString("reason")), rs.getString("reading"),
                rs.getString("missing_fields")), code);
    }

    private static String outcome(String status, String reason) {
        return switch (status) {
            case "REJECTED" -> "rejected: " + reason;
            case "DUPLICATE" -> reason;
            default -> "imported";
        };
    }

    private static Double dbl(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
