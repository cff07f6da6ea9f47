"""Airflow 2 DAG: the judicial-metrics annual report, kept up to date.

Copy this file into the DAGs folder of an Airflow 2.4 or later deployment (``schedule=`` needs 2.4) whose workers
have the project checked out at JM_HOME (default /opt/judicial-metrics) with Java 17 and Maven, and the shared
storage mounted at /srv/judicial-metrics. The task runs the same command as the crontab and the Kubernetes CronJob
beside this file (.ci/check-schedules compares them):

    jobs/run annual-report --backfill-from 2012 --data ... --out ... --restricted ...

Exit codes of jobs/run, and what the task does with them:
    0         published, or nothing to do: success
    4, 5      another run holds the job's lock / the data have not reached the year yet: AirflowException,
              so Airflow retries (RETRIES times, RETRY_DELAY apart)
    1, 2, 3   a fault / an invalid spec or input / a failed quality gate: AirflowFailException, no retry, the task
              fails at once (they need a person); any other code (a signal, 127) is treated the same way

catchup is off: --backfill-from already runs every missing or stale year in order, so one run catches up whatever a
missed schedule left, and a re-run of an up-to-date archive does nothing.

Airflow is imported only when Airflow parses this file; `python3 -m py_compile` checks its syntax without Airflow.
"""
from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta, timezone

from airflow.decorators import dag, task
from airflow.exceptions import AirflowException, AirflowFailException

JM_HOME = os.environ.get("JM_HOME", "/opt/judicial-metrics")

# The arguments of jobs/run: the same in the crontab and the CronJob (.ci/check-schedules reads this literal).
JOB_ARGS = [
    "annual-report",
    "--backfill-from", "2012",
    "--data", "/srv/judicial-metrics/data",
    "--out", "/srv/judicial-metrics/reports",
    "--restricted", "/srv/judicial-metrics/restricted",
]

# 03:17 UTC on the 2nd of every month, as in the crontab and the CronJob.
SCHEDULE = "17 3 2 * *"
RETRIES = 3  # 4 tries in all, as in the crontab and the CronJob's backoffLimit
RETRY_DELAY = timedelta(minutes=30)

RETRYABLE = {
    4: "another run holds the job's lock",
    5: "the data have not reached the period yet",
}
NEEDS_A_PERSON = {
    1: "a failure",
    2: "an invalid job spec, option or input",
    3: "a quality gate failed (bad data)",
}


def run_job(args: list[str] = JOB_ARGS, home: str = JM_HOME) -> None:
    """Runs jobs/run with ``args`` from ``home``, streams its output to the task log, and maps its exit code."""
    command = [os.path.join(home, "jobs", "run"), *args]
    print("running: " + " ".join(command), flush=True)
    try:
        process = subprocess.Popen(command, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except OSError as e:  # no jobs/run there, or not executable: retrying cannot fix it
        raise AirflowFailException(f"could not start {command[0]}: {e}; not retried, needs a person") from e
    with process:
        for line in process.stdout:
            print(line, end="", flush=True)
    code = process.returncode
    if code == 0:
        return
    if code in RETRYABLE:
        # A plain AirflowException is retried while retries are left.
        raise AirflowException(f"jobs/run exited {code}: {RETRYABLE[code]}; retry later")
    reason = NEEDS_A_PERSON.get(code, "not an exit code of jobs/run (killed, or could not start)")
    # AirflowFailException fails the task at once, whatever retries are left.
    raise AirflowFailException(f"jobs/run exited {code}: {reason}; not retried, needs a person")


@dag(
    dag_id="judicial_metrics_annual_report",
    description="judicial-metrics annual report: every missing or stale year from 2012, then nothing until new data",
    schedule=SCHEDULE,
    start_date=datetime(2026, 1, 1, tzinfo=timezone.utc),
    catchup=False,
    max_active_runs=1,
    tags=["judicial-metrics"],
)
def judicial_metrics_annual_report():
    @task(task_id="annual_report", retries=RETRIES, retry_delay=RETRY_DELAY, execution_timeout=timedelta(hours=6))
    def annual_report():
        run_job(JOB_ARGS, JM_HOME)

    annual_report()


judicial_metrics_annual_report()
