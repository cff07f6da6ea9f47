package org.judicialmetrics.cli;

import java.util.Locale;
import java.util.TimeZone;
import org.judicialmetrics.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point behind {@code jobs/run} and {@code jobs/generate}; the process exit code is the run's. */
@Command(name = "judicial-metrics", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Batch statistical reporting on judicial human-rights metrics.",
        subcommands = {RunCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:published (--verify: every file matches its manifest)", "1:any other failure",
            "2:invalid spec, option or input (nothing published; --verify: nothing published, unreadable manifest)",
            "3:quality gate failed (nothing published; --verify: a published file differs from its manifest)",
            "4:another run holds the job's lock",
            "5:the data have not reached the period yet (nothing published; retry later)"})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** The innermost cause's message with its kind, e.g. {@code /out/job: Not a directory (FileSystemException)}. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return message + " (" + root.getClass().getSimpleName() + ")";
    }

    /** Runs a command with a pinned locale and time zone, so every output is the same on every machine. */
    public static int execute(String... args) {
        Locale.setDefault(Locale.ROOT);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        return new CommandLine(new Main()).setParameterExceptionHandler((e, args2) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().println("(see 'jobs/" + cmd.getCommandSpec().name() + " --help')");
            return 2;
        }).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + oneLine(e));
            if (Boolean.getBoolean("judicialmetrics.verbose")) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(run with --verbose for the stack trace)");
            }
            return 1;
        }).execute(args);
    }
}
