package org.judicialmetrics.testing;

import java.util.List;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobModel;
import org.judicialmetrics.spec.JobSpec;

/** The default ({@code cn}) profile's model, as a spec without a profile of its own resolves it. */
public final class TestModel {
    private TestModel() {
    }

    private static final JobSpec DEFAULT =
            new JobSpec("test", null, PeriodType.YEAR, null, null, null, null, null, null, null, null, null);

    public static JobModel cn() {
        return DEFAULT.model();
    }

    public static MetricRegistry registry() {
        return cn().metrics();
    }

    /** The cn profile's eras (the reforms of 2013 and 2017). */
    public static List<Era> cnEras() {
        return cn().profile().eras();
    }
}
