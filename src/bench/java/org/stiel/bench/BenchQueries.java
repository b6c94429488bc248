package org.stiel.bench;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stiel.network.LifeDomain;
import org.stiel.offer.CatalogStatement;
import org.stiel.offer.OfferQuery;

/**
 * Turns the query mix ({@code bench/queries.txt}) into what the two halves of the benchmark run: a Gatling feeder of
 * URLs ({@code mix.csv}, each line as often as its weight) and, for pgbench, one script per query with the statement
 * {@link CatalogStatement#search} builds for the same search, in two forms:
 *
 * <ul>
 *   <li>{@code pgbench/}: as the application sends it (see {@code OfferCatalog.search}): in a read-only transaction
 *       that first asks for plans for the actual values where the application does, its named parameters bound as
 *       parameters of the types JDBC binds (pgbench variables, given with {@code -D}), so PostgreSQL plans it as it
 *       does for the application. The arguments are in {@code pgbench-args.txt}, one option and its value per line.
 *   <li>{@code pgbench-literal/}: the statement alone with its values written in as literals; {@code pgbench -M
 *       prepared} then plans each script once per connection, which the application cannot do for searches whose
 *       best plan depends on their values (the comparison in docs/benchmarks.md). Arguments in
 *       {@code pgbench-literal-args.txt}.
 * </ul>
 *
 * <p>Placeholders pick values from the generated data in a fixed order, so a run on the same data asks the same.
 */
public final class BenchQueries {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(postcode|municipality|network|date):([+-]?\\d+)}");

    /** {@code :name} of a named parameter, not the second colon of a {@code ::type} cast. */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    record Query(int weight, String name, String queryString) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.get("out"));
        Path sqlDir = out.resolve("pgbench");
        Path literalDir = out.resolve("pgbench-literal");
        Files.createDirectories(sqlDir);
        Files.createDirectories(literalDir);
        List<Query> queries = read(Path.of(options.get("mix")));
        LocalDate today = LocalDate.now(ZONE);
        Instant now = Instant.now();
        var csv = new StringBuilder("name,query\n");
        var pgbenchArgs = new StringBuilder();
        var literalArgs = new StringBuilder();
        try (var connection = DriverManager.getConnection(options.get("url"), "postgres", "")) {
            int n = 0;
            for (Query q : queries) {
                n++;
                String resolved = resolve(connection, q.queryString(), today);
                Map<String, List<String>> params = parse(resolved);
                String encoded = encode(params);
                for (int i = 0; i < q.weight(); i++) {
                    csv.append(q.name()).append(',').append(encoded).append('\n');
                }
                var statement = CatalogStatement.search(query(params), now);
                String fileName = "%02d-%s.sql".formatted(n, q.name());
                String comment = "-- " + q.name() + ": /aanbod?" + resolved + "\n";
                Path file = sqlDir.resolve(fileName);
                var variables = new LinkedHashMap<String, String>();
                Files.writeString(
                        file,
                        comment + asTheApplicationSendsIt(statement, "q%02d_".formatted(n), variables),
                        StandardCharsets.UTF_8);
                pgbenchArgs.append("-f ").append(file).append('@').append(q.weight()).append('\n');
                variables.forEach((name, value) -> pgbenchArgs
                        .append("-D ")
                        .append(name)
                        .append('=')
                        .append(value)
                        .append('\n'));
                Path literalFile = literalDir.resolve(fileName);
                Files.writeString(literalFile, comment + literal(statement) + ";\n", StandardCharsets.UTF_8);
                literalArgs.append("-f ").append(literalFile).append('@').append(q.weight()).append('\n');
            }
        }
        Files.writeString(out.resolve("mix.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pgbench-args.txt"), pgbenchArgs, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pgbench-literal-args.txt"), literalArgs, StandardCharsets.UTF_8);
        System.out.println("Wrote " + queries.size() + " queries to " + out.resolve("mix.csv") + " and " + sqlDir);
    }

    static List<Query> read(Path mix) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(mix, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 3);
            queries.add(new Query(Integer.parseInt(parts[0]), parts[1], parts.length > 2 ? parts[2] : ""));
        }
        return queries;
    }

    static String resolve(Connection connection, String query, LocalDate today) throws SQLException {
        Matcher m = PLACEHOLDER.matcher(query);
        var out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            String value = switch (m.group(1)) {
                case "date" -> today.plusDays(n).toString();
                // the generated networks' real postcodes and municipalities, as a family near them would type them
                case "postcode" -> nth(connection, "select distinct p from municipality, unnest(postcodes) p" + BENCH
                        + " order by p", n);
                case "municipality" ->
                    nth(connection, "select distinct name from municipality" + BENCH + " order by name", n);
                case "network" ->
                    nth(connection, "select slug from network where slug like 'bench-%' order by slug", n);
                default -> throw new IllegalArgumentException(m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Only the generated networks' municipalities (the database may hold others, such as the demo's). */
    private static final String BENCH =
            " where network_id in (select id from network where slug like '" + FlandersData.SLUG_PREFIX + "%')";

    private static String nth(Connection connection, String sql, int n) throws SQLException {
        try (var statement = connection.prepareStatement(sql + " offset ? limit 1")) {
            statement.setInt(1, n);
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row " + n + " for " + sql + ": is the data generated?");
                }
                return rs.getString(1);
            }
        }
    }

    static Map<String, List<String>> parse(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (queryString.isBlank()) {
            return params;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    static String encode(Map<String, List<String>> params) {
        var out = new StringBuilder();
        params.forEach((name, values) -> values.forEach(value -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }));
        return out.toString();
    }

    /** The search as Spring MVC binds the same parameters onto {@link OfferQuery}. */
    static OfferQuery query(Map<String, List<String>> p) {
        List<DayOfWeek> days = p.getOrDefault("day", List.of()).stream().map(DayOfWeek::valueOf).toList();
        return new OfferQuery(
                one(p, "q"),
                one(p, "network"),
                integer(one(p, "age")),
                one(p, "unit") == null ? null : OfferQuery.AgeUnit.valueOf(one(p, "unit")),
                "true".equals(one(p, "expecting")),
                one(p, "place"),
                integer(one(p, "km")),
                one(p, "domain") == null ? null : LifeDomain.valueOf(one(p, "domain")),
                "true".equals(one(p, "free")),
                "true".equals(one(p, "reduced")),
                days,
                one(p, "from") == null ? null : LocalDate.parse(one(p, "from")),
                one(p, "to") == null ? null : LocalDate.parse(one(p, "to")),
                one(p, "language"),
                integer(one(p, "page")));
    }

    private static String one(Map<String, List<String>> params, String name) {
        var values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /**
     * The statements the application sends for one search: a read-only transaction (Spring's
     * {@code readOnly = true}, which the PostgreSQL driver sends as {@code BEGIN READ ONLY}), custom plans when the
     * search asks for them ({@code OfferCatalog.planForTheseValues}), the search with its parameters as pgbench
     * variables of the types JDBC binds (a variable's value goes in {@code variables}, its name prefixed so the
     * scripts' variables do not meet), and the commit. One line per statement: pgbench reads a statement up to its
     * semicolon at a line's end.
     */
    static String asTheApplicationSendsIt(
            CatalogStatement statement, String prefix, Map<String, String> variables) {
        String sql = substitute(statement, (name, value) -> {
            variables.put(prefix + name, String.valueOf(value));
            return ":" + prefix + name + "::" + jdbcType(value);
        });
        return "BEGIN READ ONLY;\n"
                + (statement.planForValues() ? "set local plan_cache_mode = force_custom_plan;\n" : "")
                + sql.replaceAll("\\s*\\n\\s*", " ")
                + ";\nCOMMIT;\n";
    }

    /** The type the PostgreSQL driver gives a parameter of this Java type. */
    private static String jdbcType(Object value) {
        return switch (value) {
            case Integer i -> "int4";
            case Long l -> "int8";
            case Boolean b -> "bool";
            case OffsetDateTime t -> "timestamptz";
            case UUID u -> "uuid";
            case String s -> "varchar";
            default -> throw new IllegalArgumentException("No parameter type for " + value.getClass());
        };
    }

    /** The statement with its named parameters as SQL literals of the types JDBC would bind. */
    static String literal(CatalogStatement statement) {
        return substitute(statement, (name, value) -> literal(value));
    }

    /** The statement's SQL with each of its named parameters replaced by what {@code replacement} makes of it. */
    private static String substitute(
            CatalogStatement statement, BiFunction<String, Object, String> replacement) {
        Matcher m = NAMED.matcher(statement.sql());
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replaced = statement.params().containsKey(name)
                    ? replacement.apply(name, statement.params().get(name))
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private static String literal(Object value) {
        return switch (value) {
            case null -> "null";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Boolean b -> b.toString();
            case OffsetDateTime t -> "'" + t + "'::timestamptz";
            case LocalDate d -> "'" + d + "'::date";
            case UUID u -> "'" + u + "'::uuid";
            case String s -> "'" + s.replace("'", "''") + "'::text";
            default -> throw new IllegalArgumentException("No literal for " + value.getClass());
        };
    }
}
