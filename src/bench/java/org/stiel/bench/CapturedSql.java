package org.stiel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Stiel sent to PostgreSQL for each page, read from the server's CSV log ({@code log_min_duration_statement =
 * 0}) between the calibration's marker statements: every executed statement (simple or extended protocol) with its
 * bound values written in as literals, in order, as lines of a pgbench script. Statements of the background jobs
 * (ShedLock, the event publication registry, Spring Session's clean-up) are left out: they belong to no page.
 *
 * <p>Inserts are made repeatable: a new row's own UUID (the first value, as every insert of this code base starts
 * with its id) becomes {@code gen_random_uuid()}, and any other insert gets {@code on conflict do nothing}, so that
 * pgbench can run a page's SQL many times as Stiel would.
 */
final class CapturedSql {

    static final int MESSAGE = 13;
    static final int DETAIL = 14;
    static final int APPLICATION = 22;

    static final Pattern EXECUTE =
            Pattern.compile("(?s)^duration: [0-9.]+ ms +(?:execute [^:]*+|statement): (.*)$");
    static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']++|'')*+')");
    static final Pattern UUID_LITERAL =
            Pattern.compile("'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'");
    static final List<String> BACKGROUND = List.of("shedlock", "event_publication", "delete from spring_session where");

    private CapturedSql() {}

    /** The statements per page (marker name), in the order they were sent, from the log files in order. */
    static Map<String, List<String>> read(List<Path> csvLogs, String marker, String ownApplication) throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        String[] current = {null};
        for (Path file : csvLogs) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                records(reader, record -> {
                    if (record.size() <= APPLICATION) {
                        return;
                    }
                    Matcher m = EXECUTE.matcher(record.get(MESSAGE));
                    if (!m.matches()) {
                        return;
                    }
                    String sql = m.group(1).strip();
                    if (record.get(APPLICATION).equals(ownApplication)) {
                        int at = sql.indexOf(marker);
                        if (at >= 0) {
                            current[0] = sql.substring(at + marker.length()).replaceAll("'.*$", "");
                            if (!current[0].equals("end")) {
                                pages.put(current[0], new ArrayList<>());
                            }
                        }
                        return;
                    }
                    if (current[0] == null || current[0].equals("end") || sql.isEmpty()) {
                        return;
                    }
                    String lower = sql.toLowerCase(Locale.ROOT);
                    if (BACKGROUND.stream().anyMatch(lower::contains)) {
                        return;
                    }
                    pages.get(current[0]).add(script(bind(sql, record.get(DETAIL))));
                });
            }
        }
        return pages;
    }

    /** The statement with its parameters ($1, $2, …) replaced by the logged values. */
    static String bind(String sql, String detail) {
        Map<Integer, String> values = new TreeMap<>((a, b) -> b - a);
        if (detail != null && detail.startsWith("Parameters: ")) {
            Matcher m = PARAMETER.matcher(detail);
            while (m.find()) {
                values.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        String lower = sql.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("insert")) {
            String first = values.get(1);
            if (first != null && UUID_LITERAL.matcher(first).matches()) {
                values.put(1, "gen_random_uuid()");
            } else if (!lower.contains("on conflict")) {
                sql = sql.strip() + " on conflict do nothing";
            }
        }
        // highest number first, so that $1 does not eat the start of $10
        for (var entry : values.entrySet()) {
            sql = sql.replace("$" + entry.getKey(), entry.getValue());
        }
        return sql;
    }

    /** One pgbench command: SQL may span lines and ends with a semicolon. */
    static String script(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s + ";";
    }

    /**
     * The records of a PostgreSQL CSV log, one after the other (a calibration on a large network logs gigabytes):
     * quoted fields may hold commas, doubled quotes and newlines.
     */
    static void records(java.io.Reader reader, java.util.function.Consumer<List<String>> consumer)
            throws IOException {
        List<String> record = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int following = reader.read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (following >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                consumer.accept(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }
}
