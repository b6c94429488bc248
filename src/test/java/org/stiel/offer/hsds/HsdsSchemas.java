package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.format.PatternFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HSDS 3.0 JSON Schemas, copied unchanged into {@code src/test/resources/hsds-3.0/}, with their published URLs
 * mapped to the copies, so that references between them resolve offline. Formats (uuid, uri, email) are asserted.
 */
final class HsdsSchemas {

    static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Draft 2020-12, except that an e-mail address is checked for its shape only: the library's check also wants a
     * known top-level domain, and test and demo data use the reserved {@code .example}.
     */
    private static final JsonMetaSchema META = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .format(PatternFormat.of("email", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "format.email"))
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
            .metaSchema(META)
            .defaultMetaSchemaIri(META.getIri())
            .schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:hsds-3.0/schema/"))
            .build();
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private HsdsSchemas() {}

    /** Fails with every validation message when {@code json} is not valid against schema {@code name}. */
    static void assertValid(String name, JsonNode json) {
        var schema = CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(SchemaLocation.of(BASE + n), CONFIG));
        var errors = schema.validate(json);
        assertThat(errors)
                .as(
                        "%s against %s",
                        json.toString()
                                .substring(0, Math.min(300, json.toString().length())),
                        name)
                .isEmpty();
    }

    /** A page as in the HSDS API reference (the Page schema of openapi.json), each item valid against {@code item}. */
    static void assertValidPage(String item, JsonNode page) {
        for (String field : new String[] {"total_items", "total_pages", "page_number", "size"}) {
            assertThat(page.path(field).isIntegralNumber()).as(field).isTrue();
        }
        for (String field : new String[] {"first_page", "last_page", "empty"}) {
            assertThat(page.path(field).isBoolean()).as(field).isTrue();
        }
        assertThat(page.path("contents").isArray()).isTrue();
        assertThat(page.path("size").asInt()).isEqualTo(page.path("contents").size());
        page.path("contents").forEach(node -> assertValid(item, node));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
