package org.judicialmetrics.testing;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.spark.Sessions;

/** Base of tests that need Spark: one local session per test JVM, shared by every test class. */
public abstract class SparkTest {

    private static SparkSession session;

    protected static synchronized SparkSession spark() {
        if (session == null) {
            session = Sessions.configured("judicial-metrics-tests")
                    .master("local[2]")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** A small inline table: each row given as an array of values in schema order. */
    protected static org.apache.spark.sql.Dataset<Row> table(StructType schema, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return spark().createDataFrame(list, schema);
    }

    protected static List<Row> rows(Dataset<Row> df) {
        return df.collectAsList();
    }
}
