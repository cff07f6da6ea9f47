package org.judicialmetrics.model;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The value types a canonical column can have, with the Spark type an accepted value is cast to. */
public enum ColumnType {
    STRING(DataTypes.StringType, "text"),
    CODE(DataTypes.StringType, "one code from the list"),
    CODES(DataTypes.StringType, "codes from the list, separated by ';'"),
    DATE(DataTypes.DateType, "ISO date yyyy-MM-dd"),
    INT(DataTypes.IntegerType, "whole number >= 0"),
    DECIMAL(DataTypes.DoubleType, "decimal number >= 0"),
    BOOLEAN(DataTypes.BooleanType, "true or false");

    private final DataType sparkType;
    private final String expected;

    ColumnType(DataType sparkType, String expected) {
        this.sparkType = sparkType;
        this.expected = expected;
    }

    /** The Spark type of the column in the accepted (typed) dataset. */
    public DataType sparkType() {
        return sparkType;
    }

    /** What a valid value looks like, for messages and the data dictionary. */
    public String expected() {
        return expected;
    }
}
