package org.judicialmetrics.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** DuckDB as the independent reader of inputs and Parquet outputs in tests. */
public final class DuckDb {
    private DuckDb() {
    }

    /** The query's rows keyed by their first column, the other columns as longs (null kept), sorted by key. */
    public static Map<String, List<Long>> rows(String sql) throws SQLException {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Long> values = new ArrayList<>();
                for (int i = 2; i <= n; i++) {
                    Object v = rs.getObject(i);
                    values.add(v == null ? null : ((Number) v).longValue());
                }
                rows.put(rs.getString(1), values);
            }
        }
        return rows;
    }
}
