import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.MetricsLoader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Loads a site's metric snapshots once, as a build does before it renders, and prints what it found:
 * bench/snapshot-bench.sh times it in a new JVM per run.
 */
public class SnapshotsLoad {
    public static void main(String[] args) throws Exception {
        Problems problems = new Problems();
        Metrics metrics = MetricsLoader.load(Path.of(args[0]), LocalDate.of(2100, 1, 1), problems);
        System.out.println(metrics.periods().size() + " periods, " + problems.sorted().size() + " problems");
    }
}
