package org.stiel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what one benchmark run left in the output folder — the statistics table of Gatling's HTML report (Gatling
 * 3.15 writes no JSON of it), pgbench's summary and
 * per-transaction logs — and writes {@code results.md}: HTTP p50/p95/p99 and throughput, pgbench TPS and latency
 * percentiles, per query of the mix, and the ratio of HTTP to raw-SQL throughput, against the targets.
 */
public final class BenchReport {

    static final double TARGET_P95_MS = 50;
    static final double TARGET_RATIO = 0.5;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.get("out"));
        String report = report(out, options);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    record Latencies(long count, double mean, double p50, double p95, double p99) {}

    static String report(Path out, Map<String, String> options) throws IOException, SQLException {
        var env = readProperties(out.resolve("run.properties"));
        Map<String, double[]> gatling = gatlingStats(out.resolve("gatling"));
        double[] all = gatling.get(ALL_REQUESTS);
        double httpRps = all[CNT_PER_S];
        long httpOk = (long) all[OK];
        long httpKo = (long) all[KO];

        PgbenchRun asSent = PgbenchRun.read(out.resolve("pgbench"));
        double tps = asSent.tps();
        Map<Integer, List<Long>> perScript = asSent.perScript();
        Latencies sql = asSent.all();
        List<String> scriptNames = scriptNames(out.resolve("pgbench-args.txt"));
        // the same statements with their values written in, which pgbench -M prepared plans once per connection
        PgbenchRun literal = Files.exists(out.resolve("pgbench-literal/out.txt"))
                ? PgbenchRun.read(out.resolve("pgbench-literal"))
                : null;

        double ratio = httpRps / tps;
        double p95 = all[P95];
        var md = new StringBuilder();
        md.append("## Run of ")
                .append(env.getOrDefault("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_INSTANT)))
                .append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| machine | ")
                .append(env.getOrDefault("cores", "?"))
                .append(" cores (")
                .append(env.getOrDefault("cpu", "?"))
                .append("), ")
                .append(env.getOrDefault("memory", "?"))
                .append(" RAM |\n");
        md.append("| load average before / after | ")
                .append(env.getOrDefault("loadBefore", "?"))
                .append(" / ")
                .append(env.getOrDefault("loadAfter", "?"))
                .append(" |\n");
        md.append("| JDK of the application | ").append(env.getOrDefault("jdk", "?")).append(" |\n");
        md.append("| clients, measured seconds, warm-up seconds | ")
                .append(env.getOrDefault("users", "?"))
                .append(", ")
                .append(env.getOrDefault("seconds", "?"))
                .append(", ")
                .append(env.getOrDefault("warmup", "?"))
                .append(" |\n");
        try (var connection = DriverManager.getConnection(options.get("url"), "postgres", "")) {
            try (var st = connection.createStatement();
                    var rs = st.executeQuery("""
                            select version(),
                                   (select count(*) from network), (select count(*) from municipality),
                                   (select count(distinct p) from municipality, unnest(postcodes) p),
                                   (select count(*) from partner),
                                   (select count(*) from partner_location), (select count(*) from offer),
                                   (select count(*) from offer where kind = 'SERVICE'),
                                   (select count(*) from offer_schedule), (select count(*) from offer_occurrence),
                                   pg_size_pretty(pg_database_size(current_database()))
                            """)) {
                rs.next();
                md.append("| PostgreSQL | ")
                        .append(rs.getString(1).replaceAll(" on .*", ""))
                        .append(" (embedded) |\n");
                md.append("| data set | %d networks, %d municipalities (%d postcodes), %d partners (%d locations), %d offers (%d services, %d activities), %d schedules, %d occurrences; database %s |\n"
                        .formatted(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7),
                                rs.getLong(8),
                                rs.getLong(7) - rs.getLong(8),
                                rs.getLong(9),
                                rs.getLong(10),
                                rs.getString(11)));
            }
        }
        md.append("\n### Results\n\n");
        md.append("| | requests | throughput (/s) | mean (ms) | p50 (ms) | p95 (ms) | p99 (ms) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        md.append("| HTTP `GET /aanbod`, saturated (Gatling, closed model) | %d ok, %d failed | %.1f | %.1f | %.0f | %.0f | %.0f |\n"
                .formatted(
                        httpOk,
                        httpKo,
                        httpRps,
                        all[MEAN],
                        all[P50],
                        p95,
                        all[P99]));
        // The paced run's own record of its measured searches (after the lead-in, see FamilySearchSimulation);
        // Gatling's report of that run includes the lead-in.
        Map<String, List<Long>> pacedPerQuery = pacedLatencies(out.resolve("gatling-paced-latencies.csv"));
        List<Long> pacedAll = new ArrayList<>();
        pacedPerQuery.values().forEach(pacedAll::addAll);
        Latencies paced = pacedAll.isEmpty() ? null : latencies(pacedAll);
        if (paced != null) {
            double seconds = Double.parseDouble(env.getOrDefault("seconds", "60"));
            // failed searches are not in the record; Gatling counts them, lead-in included
            double pacedFailed = gatlingStats(out.resolve("gatling-paced")).get(ALL_REQUESTS)[KO];
            md.append(("| HTTP paced at %s searches/s (Gatling, open model; measured after a %s-s lead-in) | %d ok,"
                            + " %.0f failed | %.1f | %.1f | %.0f | %.0f | %.0f |\n")
                    .formatted(
                            env.getOrDefault("rate", "?"),
                            env.getOrDefault("leadIn", "?"),
                            paced.count(),
                            pacedFailed,
                            paced.count() / seconds,
                            paced.mean(),
                            paced.p50(),
                            paced.p95(),
                            paced.p99()));
        }
        md.append(("| same SQL as the application sends it (`pgbench`: read-only transaction, bound parameters, planned"
                        + " per search) | %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n")
                .formatted(sql.count(), tps, sql.mean(), sql.p50(), sql.p95(), sql.p99()));
        if (literal != null) {
            Latencies l = literal.all();
            md.append(("| same statement, values written in, planned once per connection (`pgbench -M prepared`) |"
                            + " %d | %.1f | %.1f | %.1f | %.1f | %.1f |\n")
                    .formatted(l.count(), literal.tps(), l.mean(), l.p50(), l.p95(), l.p99()));
        }
        md.append("\n");
        md.append("- HTTP p95 at %s clients without pause: **%.0f ms** (target ≤ %.0f ms: %s)\n"
                .formatted(env.getOrDefault("users", "?"), p95, TARGET_P95_MS, p95 <= TARGET_P95_MS ? "met" : "missed"));
        if (paced != null) {
            md.append("- HTTP p95 paced at %s searches/s: **%.0f ms** (%s)\n"
                    .formatted(
                            env.getOrDefault("rate", "?"),
                            paced.p95(),
                            paced.p95() <= TARGET_P95_MS ? "within the target" : "above the target"));
        }
        md.append("- HTTP throughput / raw-SQL throughput: **%.0f %%** (target ≥ %.0f %%: %s)\n"
                .formatted(ratio * 100, TARGET_RATIO * 100, ratio >= TARGET_RATIO ? "met" : "missed"));
        if (literal != null) {
            md.append("- against the statement with its values written in and its plan kept: %.0f %%\n"
                    .formatted(httpRps / literal.tps() * 100));
        }
        md.append("\n### Per query of the mix\n\n");
        md.append("| query | HTTP n | HTTP p50 | HTTP p95 | HTTP p99 | paced n | paced p50 | paced p95 | SQL n | SQL p50 |"
                + " SQL p95 | SQL p99 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < scriptNames.size(); i++) {
            String name = scriptNames.get(i);
            double[] http = gatling.get(name);
            Latencies s = latencies(perScript.getOrDefault(i, List.of()));
            Latencies q = latencies(pacedPerQuery.getOrDefault(name, List.of()));
            md.append("| %s | %s | %s | %s | %s | %d | %.0f | %.0f | %d | %.1f | %.1f | %.1f |\n"
                    .formatted(
                            name,
                            http == null ? "-" : "%.0f".formatted(http[TOTAL]),
                            http == null ? "-" : "%.0f".formatted(http[P50]),
                            http == null ? "-" : "%.0f".formatted(http[P95]),
                            http == null ? "-" : "%.0f".formatted(http[P99]),
                            q.count(),
                            q.p50(),
                            q.p95(),
                            s.count(),
                            s.p50(),
                            s.p95(),
                            s.p99()));
        }
        md.append("\nLatencies in ms. Gatling measures from the client (request sent to response read); pgbench from"
                + " the client too, per transaction (the statements of one search). Paced: the searches after the lead-in.\n");
        return md.toString();
    }

    static Map<String, String> readProperties(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return values;
    }

    static final String ALL_REQUESTS = "All Requests";

    // columns of Gatling's statistics table (col-2 ... col-14), as indexes into the arrays below
    static final int TOTAL = 0, OK = 1, KO = 2, CNT_PER_S = 4, P50 = 6, P95 = 8, P99 = 9, MEAN = 11;

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

    /** Per request name (and "All Requests"), the figures of the statistics table of the newest Gatling report. */
    static Map<String, double[]> gatlingStats(Path folder) throws IOException {
        Path newest;
        try (Stream<Path> runs = Files.list(folder)) {
            newest = runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + folder));
        }
        String html = Files.readString(newest.resolve("index.html"), StandardCharsets.UTF_8);
        Map<String, double[]> stats = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            double[] values = new double[13];
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                int column = Integer.parseInt(cell.group(1));
                String text = cell.group(2).replace(",", "").strip();
                if (column >= 2 && column <= 14 && !text.isEmpty() && !text.equals("-")) {
                    values[column - 2] = Double.parseDouble(text);
                }
            }
            stats.put(name.group(1).strip(), values);
        }
        if (!stats.containsKey(ALL_REQUESTS)) {
            throw new IllegalStateException("No statistics table in " + newest.resolve("index.html"));
        }
        return stats;
    }

    /**
     * Latencies of the paced run's measured searches per query name, in microseconds (as pgbench's, so that
     * {@link #latencies} serves both), from the CSV that {@code FamilySearchSimulation} writes; empty without it.
     */
    static Map<String, List<Long>> pacedLatencies(Path csv) throws IOException {
        Map<String, List<Long>> perQuery = new HashMap<>();
        if (!Files.exists(csv)) {
            return perQuery;
        }
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            int comma = line.lastIndexOf(',');
            if (comma > 0) {
                perQuery.computeIfAbsent(line.substring(0, comma), k -> new ArrayList<>())
                        .add(Long.parseLong(line.substring(comma + 1)) * 1000);
            }
        }
        return perQuery;
    }

    /** One pgbench run: its throughput and the latencies of its {@code -l} logs, per script and all together. */
    record PgbenchRun(double tps, Map<Integer, List<Long>> perScript, Latencies all) {

        /** The run whose summary is {@code out.txt} and whose logs are {@code log.*} in {@code folder}. */
        static PgbenchRun read(Path folder) throws IOException {
            String summary = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
            var perScript = pgbenchLatencies(folder);
            return new PgbenchRun(
                    number(summary, "tps = ([0-9.]+) \\(without initial connection time\\)"),
                    perScript,
                    latencies(perScript.values().stream().flatMap(List::stream).toList()));
        }
    }

    /** Latencies in microseconds per script number, from pgbench's {@code -l} logs. */
    static Map<Integer, List<Long>> pgbenchLatencies(Path folder) throws IOException {
        Map<Integer, List<Long>> perScript = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path log :
                    files.filter(p -> p.getFileName().toString().startsWith("log.")).toList()) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    // client_id transaction_no time script_no time_epoch time_us
                    String[] f = line.split(" ");
                    if (f.length >= 4) {
                        perScript
                                .computeIfAbsent(Integer.parseInt(f[3]), k -> new ArrayList<>())
                                .add(Long.parseLong(f[2]));
                    }
                }
            }
        }
        return perScript;
    }

    static List<String> scriptNames(Path args) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(args, StandardCharsets.UTF_8)) {
            if (!line.startsWith("-f ")) {
                continue; // a variable of the scripts (-D name=value)
            }
            String file = Path.of(line.replaceFirst("^-f ", "").replaceFirst("@\\d+$", ""))
                    .getFileName()
                    .toString();
            names.add(file.replaceFirst("^\\d+-", "").replaceFirst("\\.sql$", ""));
        }
        return names;
    }

    /** Percentiles in ms of latencies in µs (nearest rank). */
    static Latencies latencies(List<Long> micros) {
        if (micros.isEmpty()) {
            return new Latencies(0, 0, 0, 0, 0);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = micros.stream().mapToLong(Long::longValue).average().orElse(0) / 1000;
        return new Latencies(
                sorted.length,
                mean,
                rank(sorted, 0.50) / 1000.0,
                rank(sorted, 0.95) / 1000.0,
                rank(sorted, 0.99) / 1000.0);
    }

    private static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not in pgbench's output: " + regex);
        }
        return Double.parseDouble(m.group(1));
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
