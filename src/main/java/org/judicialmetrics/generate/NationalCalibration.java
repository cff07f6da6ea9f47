package org.judicialmetrics.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The published national figures the generator is calibrated to (resource {@code national-calibration.csv}, copied
 * from {@code data/reference/china-published-figures.csv}), filled in for any year: linear interpolation between
 * known years, the nearest known value outside them.
 */
public final class NationalCalibration {

    private static final String RESOURCE = "national-calibration.csv";

    private final TreeMap<Integer, Double> adjudicated;
    private final TreeMap<Integer, Double> acquitted;
    private final TreeMap<Integer, Double> privateShare;
    private final TreeMap<Integer, Double> retrialsChanged;

    private NationalCalibration(List<CSVRecord> rows) {
        adjudicated = series(rows, "persons_adjudicated");
        acquitted = series(rows, "acquitted");
        privateShare = series(rows, "private_share");
        retrialsChanged = series(rows, "retrials_changed");
    }

    /** The calibration shipped with the generator. */
    public static NationalCalibration load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get();
        try (InputStream in = NationalCalibration.class.getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new NationalCalibration(format.parse(reader).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Persons adjudicated nationally in the year (convicted + acquitted): the weight of the year in the sample. */
    public double personsAdjudicated(int year) {
        return valueAt(adjudicated, year);
    }

    /** Acquittals / persons adjudicated nationally in the year. */
    public double acquittalRate(int year) {
        return valueAt(acquitted, year) / personsAdjudicated(year);
    }

    /** Share of the year's acquittals that were in private prosecutions. */
    public double privateShareOfAcquittals(int year) {
        return valueAt(privateShare, year);
    }

    /** Criminal cases whose judgment a retrial changed nationally in the year. */
    public double retrialsChanged(int year) {
        return valueAt(retrialsChanged, year);
    }

    /** Sum of persons adjudicated nationally over the years: the population the sample is drawn from. */
    public double personsAdjudicated(int fromYear, int toYear) {
        double sum = 0;
        for (int year = fromYear; year <= toYear; year++) {
            sum += personsAdjudicated(year);
        }
        return sum;
    }

    /**
     * Splits {@code total} over the years in proportion to persons adjudicated (largest remainder, ties to the
     * earlier year), so that the parts add up exactly.
     */
    public int[] allocate(int total, int fromYear, int toYear) {
        int years = toYear - fromYear + 1;
        double national = personsAdjudicated(fromYear, toYear);
        int[] parts = new int[years];
        double[] remainders = new double[years];
        int assigned = 0;
        for (int i = 0; i < years; i++) {
            double exact = total * personsAdjudicated(fromYear + i) / national;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; k < total - assigned; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    private static TreeMap<Integer, Double> series(List<CSVRecord> rows, String column) {
        TreeMap<Integer, Double> known = new TreeMap<>();
        for (CSVRecord row : rows) {
            String value = row.get(column).strip();
            if (!value.isEmpty()) {
                known.put(Integer.parseInt(row.get("year")), Double.parseDouble(value));
            }
        }
        if (known.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no value for " + column);
        }
        return known;
    }

    private static double valueAt(TreeMap<Integer, Double> known, int year) {
        Integer below = known.floorKey(year);
        Integer above = known.ceilingKey(year);
        if (below == null || above == null || below.equals(above)) {
            return known.get(below == null ? above : below);
        }
        double weight = (double) (year - below) / (above - below);
        return known.get(below) + weight * (known.get(above) - known.get(below));
    }
}
