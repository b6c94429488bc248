package org.stiel.offer.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stiel.platform.BadRequestException;
import org.stiel.platform.csv.CsvWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an HSDS 3.0 document (organization or service list, a page of either, or one object) or the tabular CSV
 * data package (a zip of CSV files) into one shape: organizations and services as JSON trees, each remembering where
 * it came from ("services.csv row 7", "services[2]") so that an error names the row.
 */
final class HsdsReader {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** An object of the file and where it is. */
    record Item(String source, JsonNode node) {}

    /** What a file holds; {@code problems} are errors that concern the file as a whole. */
    record Document(
            List<Item> organizations, List<Item> services, List<String> problems, Map<JsonNode, String> sources) {

        Document(List<Item> organizations, List<Item> services, List<String> problems) {
            this(organizations, services, problems, new java.util.IdentityHashMap<>());
        }

        /** Where a nested object is: its own CSV row, or its path below its parent. */
        String sourceOf(JsonNode node, String parent, String path) {
            String own = sources.get(node);
            return own != null ? own : parent + "." + path;
        }
    }

    private HsdsReader() {}

    /**
     * The file's organizations and services, or the problem that makes it unreadable.
     *
     * @throws BadRequestException when the file or what it unpacks to is larger than Stiel reads
     */
    static Document read(String fileName, byte[] content) {
        if (content.length > HsdsFileLimits.MAX_FILE_BYTES) {
            throw HsdsFileLimits.tooLarge();
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        try {
            return zip ? readZip(new ByteArrayInputStream(content)) : readJson(content);
        } catch (BadRequestException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            return new Document(List.of(), List.of(), List.of(zip ? "zip" : "json"));
        }
    }

    private static Document readJson(byte[] content) {
        JsonNode root = JSON.readTree(content);
        if (root.isObject() && root.has("contents")) {
            root = root.get("contents");
        }
        List<Item> organizations = new ArrayList<>();
        List<Item> services = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                add(root.get(i), "[" + i + "]", organizations, services);
            }
        } else if (root.isObject()) {
            add(root, "", organizations, services);
        } else {
            return new Document(List.of(), List.of(), List.of("json"));
        }
        if (hasNul(root)) {
            return new Document(List.of(), List.of(), List.of("nul"));
        }
        return new Document(organizations, services, List.of());
    }

    /** PostgreSQL stores no NUL character in text, and no one types one: a file with one is refused whole. */
    private static boolean hasNul(JsonNode node) {
        if (node.isString()) {
            return node.asString().indexOf('\0') >= 0;
        }
        for (var entry : node.properties()) {
            if (entry.getKey().indexOf('\0') >= 0 || hasNul(entry.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A service has a status (required by HSDS) or an organization; anything else is an organization. */
    private static void add(JsonNode node, String index, List<Item> organizations, List<Item> services) {
        if (node.has("status") || node.has("organization_id") || node.has("organization")) {
            services.add(new Item("services" + index, node));
        } else {
            organizations.add(new Item("organizations" + index, node));
        }
    }

    /** Reads the zip as it inflates; package-private so that a test can count how much of a zip bomb it reads. */
    static Document readZip(InputStream content) throws IOException {
        Map<String, List<ObjectNode>> tables = new HashMap<>();
        Map<JsonNode, String> sources = new java.util.IdentityHashMap<>();
        boolean nul = false;
        for (var file : HsdsFileLimits.csvEntries(content).entrySet()) {
            String name = file.getKey();
            byte[] bytes = file.getValue();
            // see hasNul: a NUL byte in UTF-8 is the NUL character and nothing else
            for (byte b : bytes) {
                nul |= b == 0;
            }
            List<ObjectNode> rows = new ArrayList<>();
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), format)) {
                for (CSVRecord record : parser) {
                    ObjectNode row = NODES.objectNode();
                    record.toMap().forEach((key, value) -> {
                        String k = CsvWriter.restore(key.strip().replace("\uFEFF", ""));
                        if (value != null && !value.isBlank()) {
                            // a file Stiel wrote has a quote before each cell that looked like a formula
                            row.put(k, CsvWriter.restore(value.strip()));
                        }
                    });
                    rows.add(row);
                    // the header is row 1, as in a spreadsheet
                    sources.put(row, name + " row " + (record.getRecordNumber() + 1));
                }
            }
            tables.put(name, rows);
        }
        Map<String, ObjectNode> locations = index(tables.get("locations.csv"));
        children(tables.get("addresses.csv"), "location_id", locations, "addresses");
        Map<String, ObjectNode> services = index(tables.get("services.csv"));
        for (ObjectNode sal : table(tables, "service_at_locations.csv")) {
            ObjectNode service = services.get(text(sal, "service_id"));
            if (service != null) {
                ObjectNode location = locations.get(text(sal, "location_id"));
                if (location != null) {
                    sal.set("location", location);
                }
                array(service, "service_at_locations").add(sal);
            }
        }
        children(tables.get("schedules.csv"), "service_id", services, "schedules");
        children(tables.get("cost_options.csv"), "service_id", services, "cost_options");
        children(tables.get("languages.csv"), "service_id", services, "languages");
        children(tables.get("phones.csv"), "service_id", services, "phones");
        children(tables.get("contacts.csv"), "service_id", services, "contacts");
        children(tables.get("attributes.csv"), "link_id", services, "attributes");
        Map<String, ObjectNode> organizations = index(tables.get("organizations.csv"));
        children(tables.get("locations.csv"), "organization_id", organizations, "locations");
        List<String> problems = new ArrayList<>();
        if (nul) {
            return new Document(List.of(), List.of(), List.of("nul"));
        }
        if (!tables.containsKey("services.csv") && !tables.containsKey("organizations.csv")) {
            problems.add("zip.empty");
        }
        return new Document(items(organizations, sources), items(services, sources), problems, sources);
    }

    private static List<Item> items(Map<String, ObjectNode> rows, Map<JsonNode, String> sources) {
        List<Item> items = new ArrayList<>();
        rows.values().forEach(row -> items.add(new Item(sources.get(row), row)));
        return items;
    }

    private static List<ObjectNode> table(Map<String, List<ObjectNode>> tables, String name) {
        return tables.getOrDefault(name, List.of());
    }

    private static Map<String, ObjectNode> index(List<ObjectNode> rows) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        if (rows != null) {
            int i = 0;
            for (ObjectNode row : rows) {
                String id = text(row, "id");
                // a row without id still gets reported: it is kept under a key of its own
                byId.put(id != null ? id : "\u0000" + i, row);
                i++;
            }
        }
        return byId;
    }

    private static void children(
            List<ObjectNode> rows, String parentField, Map<String, ObjectNode> parents, String arrayName) {
        if (rows == null) {
            return;
        }
        for (ObjectNode row : rows) {
            ObjectNode parent = parents.get(text(row, parentField));
            if (parent != null) {
                array(parent, arrayName).add(row);
            }
        }
    }

    private static ArrayNode array(ObjectNode node, String name) {
        JsonNode existing = node.get(name);
        if (existing instanceof ArrayNode array) {
            return array;
        }
        return node.putArray(name);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
