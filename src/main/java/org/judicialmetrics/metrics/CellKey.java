package org.judicialmetrics.metrics;

/** Where an aggregated figure belongs: a period (type and label) and a breakdown value. */
record CellKey(String periodType, String periodLabel, String breakdown, String breakdownValue) {
}
