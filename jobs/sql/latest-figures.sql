-- Latest figures, for dashboards (README, "Dashboards"): per metric, breakdown and breakdown value, the figure of the
-- latest published period (year, quarter or month; eras and cumulative periods are left out) with its interval,
-- flags and status, and the metric's labels and unit from the metric dictionary. Withheld figures [c] come as
-- published: value null, flag c. For another job or output root, change the two paths.
WITH figures AS (
  SELECT *
  FROM read_parquet('reports/annual-report/metrics/**/*.parquet', hive_partitioning = true,
                    hive_types = {'period_label': VARCHAR})
  WHERE period_type NOT IN ('era', 'cumulative')
),
latest AS (
  SELECT *,
         row_number() OVER (PARTITION BY period_type, metric_id, breakdown, breakdown_value
                            ORDER BY period_end DESC) AS newest
  FROM figures
)
SELECT l.metric_id, d.label_en, d.label_zh, d.unit, l.breakdown, l.breakdown_value, l.period_type, l.period_label,
       l.period_end, l.value, l.ci_low, l.ci_high, l.flags, l.status
FROM latest l
LEFT JOIN read_parquet('reports/annual-report/definitions/*.parquet') d ON d.metric_id = l.metric_id
WHERE l.newest = 1
ORDER BY l.metric_id, l.breakdown, l.breakdown_value, l.period_type;
