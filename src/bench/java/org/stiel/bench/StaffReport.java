package org.stiel.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Writes {@code staff-results.md} from what {@code bench/staff.sh} collected: per page the response times of the
 * paced run (p50/p95/p99 against the target) and of the saturated run, the HTTP throughput against pgbench
 * on the same SQL, the calibration's status and size per page, Stiel's cold start and heap, and the data set.
 */
public final class StaffReport {

    // a command-line tool run by bench/*.sh: progress goes to the console through the logger, no personal data
    private static final Logger log = LoggerFactory.getLogger(StaffReport.class);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.getOrDefault("out", "target/bench/staff"));
        var run = new Properties();
        try (var reader = Files.newBufferedReader(out.resolve("run.properties"))) {
            run.load(reader);
        }
        var md = new StringBuilder();
        md.append("# Staff pages at Flanders scale\n\n");
        md.append("Run of ").append(run.getProperty("date")).append(" on ").append(run.getProperty("cores"))
                .append(" cores (").append(run.getProperty("cpu")).append(", ").append(run.getProperty("memory"))
                .append("), ").append(run.getProperty("jdk")).append(", load average before ")
                .append(run.getProperty("loadBefore")).append(", after ").append(run.getProperty("loadAfter"))
                .append(".\n\n");

        var saturated = latencies(out.resolve("latencies-saturated.csv"));
        var paced = latencies(out.resolve("latencies-paced.csv"));
        int seconds = Integer.parseInt(run.getProperty("seconds"));
        long saturatedCount = saturated.values().stream().mapToLong(List::size).sum();
        long pacedCount = paced.values().stream().mapToLong(List::size).sum();
        double httpRate = saturatedCount / (double) seconds;
        String pgbench = Files.exists(out.resolve("pgbench/out.txt"))
                ? Files.readString(out.resolve("pgbench/out.txt"))
                : "";
        var tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(pgbench);
        double sqlRate = tps.find() ? Double.parseDouble(tps.group(1)) : Double.NaN;
        Map<String, String> sqlLatency = new HashMap<>();
        var script = Pattern.compile("SQL script \\d+: \\S*/([^/\\s]+)\\.sql\\n(?:.*\\n)*?\\s+- latency average = ([0-9.]+) ms")
                .matcher(pgbench);
        while (script.find()) {
            sqlLatency.put(script.group(1), script.group(2));
        }
        Map<String, String[]> calibration = new HashMap<>();
        if (Files.exists(out.resolve("calibration.csv"))) {
            for (String line : Files.readAllLines(out.resolve("calibration.csv"))) {
                String[] f = line.split(",");
                calibration.put(f[0], f);
            }
        }
        Map<String, Integer> statements = new HashMap<>();
        if (Files.isDirectory(out.resolve("pgbench"))) {
            try (var files = Files.list(out.resolve("pgbench"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    String name = file.getFileName().toString().replace(".sql", "");
                    statements.put(name, (int) Files.readAllLines(file).stream().filter(l -> l.endsWith(";")).count());
                }
            }
        }

        md.append("## Per page\n\n");
        md.append("Paced: ").append(run.getProperty("clients")).append(" logged-in users at about ")
                .append(String.format("%.1f", pacedCount / (double) seconds))
                .append(" pages/s in all (random pauses); saturated: the same users without pause.\n\n");
        md.append("| page | target p95 | paced n | p50 | **p95** | p99 | saturated p95 | status | KB | SQL statements |"
                + " SQL alone under load (pgbench avg) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (String role : List.of("staff", "coordinator")) {
            for (var page : StaffPages.forRole(role)) {
                String name = role + "-" + page.name();
                var p = paced.getOrDefault(name, List.of());
                var s = saturated.getOrDefault(name, List.of());
                String[] cal = calibration.get(name);
                double p95 = percentile(p, 95);
                md.append("| ").append(name).append(" `").append(page.url()).append("` | ")
                        .append(page.targetMillis()).append(" ms | ").append(p.size()).append(" | ")
                        .append(ms(percentile(p, 50))).append(" | **").append(ms(p95))
                        .append(p95 <= page.targetMillis() ? "** ✓" : "** ✗").append(" | ")
                        .append(ms(percentile(p, 99))).append(" | ").append(ms(percentile(s, 95))).append(" | ")
                        .append(statuses(p, s)).append(" | ")
                        .append(cal == null ? "" : String.format("%.0f", Long.parseLong(cal[3]) / 1024.0))
                        .append(" | ").append(statements.getOrDefault(name, 0)).append(" | ")
                        .append(sqlLatency.getOrDefault(name, "")).append(" ms |\n");
            }
        }
        md.append("\n## Throughput\n\n");
        md.append("| | pages or transactions per second |\n|---|---:|\n");
        md.append("| HTTP, ").append(run.getProperty("clients")).append(" users without pause (Gatling) | ")
                .append(String.format("%.1f", httpRate)).append(" |\n");
        md.append("| the same pages' SQL, `pgbench -c ").append(run.getProperty("clients"))
                .append(" -j 2` (one transaction = one page's statements) | ").append(String.format("%.1f", sqlRate))
                .append(" |\n");
        md.append("| **HTTP / SQL** (target ≥ 50 %) | **")
                .append(Double.isNaN(sqlRate) ? "not measured" : String.format("%.0f %%", 100 * httpRate / sqlRate))
                .append("** |\n\n");

        md.append("## Stiel under the load (-Xmx512m)\n\n");
        md.append("- cold start (launch until `/actuator/health/readiness` is UP): **")
                .append(run.getProperty("coldStartSeconds")).append(" s** (Spring: ")
                .append(run.getProperty("springStarted", "?")).append(")\n");
        md.append("- heap used after a full GC: ").append(run.getProperty("heapAfterStart", "?"))
                .append(" after the start, ").append(run.getProperty("heapAfterWarmup", "?"))
                .append(" after the warm-up, ").append(run.getProperty("heapAfterRun", "?"))
                .append(" after the runs\n");
        md.append("- errors: ").append(run.getProperty("appErrors", "?")).append(" ERROR lines in Stiel's log, ")
                .append(run.getProperty("outOfMemory", "?")).append(" OutOfMemoryError; failed pages (KO, not 404): ")
                .append(failures(saturated) + failures(paced)).append("\n\n");

        md.append("## The data set\n\n");
        if (options.containsKey("url")) {
            try (var connection = DriverManager.getConnection(options.get("url"), "postgres", "");
                    var statement = connection.createStatement()) {
                md.append("| table | rows |\n|---|---:|\n");
                for (String table : List.of("network", "partner", "offer", "offer_occurrence")) {
                    md.append(count(statement, table));
                }
                for (String table : FlandersStaffData.TABLES) {
                    md.append(count(statement, table));
                }
                try (var rs = statement.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                    rs.next();
                    md.append("\nDatabase size: ").append(rs.getString(1)).append(". ");
                }
            }
        }
        md.append(run.getProperty("generated", "")).append("\n");
        Files.writeString(out.resolve("staff-results.md"), md.toString(), StandardCharsets.UTF_8);
        log.info("Written {}", out.resolve("staff-results.md"));
    }

    private static String count(java.sql.Statement statement, String table) throws java.sql.SQLException {
        // the planner's estimate after vacuum (analyze): exact enough, and instant on 12 million rows
        try (var rs = statement.executeQuery("select reltuples::bigint from pg_class where relname = '" + table + "'")) {
            rs.next();
            return "| " + table + " | " + String.format("%,d", rs.getLong(1)).replace(',', ' ') + " |\n";
        }
    }

    record Sample(int ms, String status) {}

    static Map<String, List<Sample>> latencies(Path file) throws IOException {
        Map<String, List<Sample>> byPage = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return byPage;
        }
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            if (f.length < 3 || f[1].isEmpty()) {
                continue;
            }
            byPage.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Sample(Integer.parseInt(f[1]), f[2]));
        }
        return byPage;
    }

    static double percentile(List<Sample> samples, int p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        int[] ms = samples.stream().mapToInt(Sample::ms).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * ms.length) - 1;
        return ms[Math.max(0, Math.min(ms.length - 1, index))];
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.0f", value);
    }

    static String statuses(List<Sample> a, List<Sample> b) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var s : a) {
            counts.merge(s.status(), 1, Integer::sum);
        }
        for (var s : b) {
            counts.merge(s.status(), 1, Integer::sum);
        }
        return counts.keySet().size() == 1 ? String.join("", counts.keySet()) : counts.toString();
    }

    static long failures(Map<String, List<Sample>> samples) {
        return samples.values().stream()
                .flatMap(List::stream)
                .filter(s -> s.status().equals("KO"))
                .count();
    }
}
