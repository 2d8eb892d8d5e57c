package io.isoledger.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What PostgreSQL plans for a query ({@code EXPLAIN}), for the tests that show a read uses its index. */
public final class QueryPlans {

    private QueryPlans() {}

    /** The lines of the plan PostgreSQL would run {@code sql} with. */
    public static List<String> explain(DataSource db, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("EXPLAIN " + sql)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    /** The time PostgreSQL took to run {@code sql}, as {@code EXPLAIN ANALYZE} reports it. */
    public static String executionTime(DataSource db, String sql) throws SQLException {
        return explain(db, "ANALYZE " + sql).stream()
                .filter(line -> line.startsWith("Execution Time"))
                .findFirst()
                .orElse("no execution time");
    }

    /** Has PostgreSQL's planner learn the table's rows as they are now. */
    public static void analyze(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE " + table);
        }
    }

    public static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
