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
            Pattern.compile("(?s)^duration: [0-9.]+ ms +(?:execute [^:]*|statement): (.*)$");
    static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");
    static final Pattern UUID_LITERAL =
            Pattern.compile("'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'");
    static final List<String> BACKGROUND = List.of("shedlock", "event_publication", "delete from spring_session where");

    private CapturedSql() {}

    /** The statements per page (marker name), in the order they were sent. */
    static Map<String, List<String>> read(Path csvLog, String marker, String ownApplication) throws IOException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        String current = null;
        for (List<String> record : records(Files.readString(csvLog, StandardCharsets.UTF_8))) {
            if (record.size() <= APPLICATION) {
                continue;
            }
            Matcher m = EXECUTE.matcher(record.get(MESSAGE));
            if (!m.matches()) {
                continue;
            }
            String sql = m.group(1).strip();
            if (record.get(APPLICATION).equals(ownApplication)) {
                int at = sql.indexOf(marker);
                if (at >= 0) {
                    current = sql.substring(at + marker.length()).replaceAll("'.*$", "");
                    if (!current.equals("end")) {
                        pages.put(current, new ArrayList<>());
                    }
                }
                continue;
            }
            if (current == null || current.equals("end") || sql.isEmpty()) {
                continue;
            }
            String lower = sql.toLowerCase(Locale.ROOT);
            if (BACKGROUND.stream().anyMatch(lower::contains)) {
                continue;
            }
            pages.get(current).add(script(bind(sql, record.get(DETAIL))));
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

    /** The records of a PostgreSQL CSV log: quoted fields may hold commas, doubled quotes and newlines. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return records;
    }
}
