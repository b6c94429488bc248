package org.stiel.offer.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerView;
import org.stiel.partners.Partners;
import org.stiel.platform.csv.CsvWriter;

/** The network's offer in HSDS: one nested JSON document, or the tabular data package (a zip of CSV files). */
@Component
class HsdsExport {

    /** HSDS columns of numbers that Stiel writes as text (schema type string); all others are text or typed. */
    private static final Set<String> NUMERIC_TEXT = Set.of("bymonthday", "byyearday", "byweekno", "bymonth");

    private final Offers offers;
    private final Partners partners;

    HsdsExport(Offers offers, Partners partners) {
        this.offers = offers;
        this.partners = partners;
    }

    /** The network's offer as an HSDS organization list, fully nested. */
    byte[] json(NetworkId network) {
        return HsdsReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(organizations(network));
    }

    /** The network's offer as the HSDS tabular data package: a zip of CSV files. */
    byte[] zip(NetworkId network) {
        var orgs = organizations(network);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var org : orgs) {
            row(tables, "organizations.csv", org);
            for (var location : list(org.get("locations"))) {
                row(tables, "locations.csv", location);
                for (var address : list(location.get("addresses"))) {
                    row(tables, "addresses.csv", address);
                }
            }
            for (var service : list(org.get("services"))) {
                row(tables, "services.csv", service);
                for (String child :
                        new String[] {"schedules", "cost_options", "languages", "phones", "contacts", "attributes"}) {
                    for (var item : list(service.get(child))) {
                        row(tables, child + ".csv", item);
                    }
                }
                for (var sal : list(service.get("service_at_locations"))) {
                    row(tables, "service_at_locations.csv", sal);
                }
            }
        }
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var table : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(table.getKey()));
                // not closed: that would close the zip; the writer flushes itself when asked
                var csv = CsvWriter.rfc4180(
                        new OutputStreamWriter(zip, StandardCharsets.UTF_8), List.copyOf(table.getValue().columns));
                for (var row : table.getValue().rows) {
                    List<Object> values = new ArrayList<>();
                    for (String column : table.getValue().columns) {
                        Object value = row.get(column);
                        if (value instanceof Map || value instanceof List) {
                            value = null;
                        } else if (NUMERIC_TEXT.contains(column)) {
                            value = CsvWriter.numeric(value);
                        }
                        values.add(value);
                    }
                    csv.row(values);
                }
                csv.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class Table {
        final Set<String> columns = new LinkedHashSet<>();
        final List<Map<String, Object>> rows = new ArrayList<>();
    }

    private static void row(Map<String, Table> tables, String name, Map<String, Object> row) {
        var table = tables.computeIfAbsent(name, n -> new Table());
        row.forEach((key, value) -> {
            if (!(value instanceof Map) && !(value instanceof List)) {
                table.columns.add(key);
            }
        });
        table.rows.add(row);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private List<Map<String, Object>> organizations(NetworkId network) {
        Map<PartnerId, List<OfferView>> byPartner = new LinkedHashMap<>();
        for (var summary : offers.list(network, new OfferFilter(null, null, null, false))) {
            byPartner
                    .computeIfAbsent(summary.partnerId(), p -> new ArrayList<>())
                    .add(offers.get(network, summary.id()));
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (var entry : byPartner.entrySet()) {
            PartnerView partner = partners.get(network, entry.getKey());
            var org = HsdsWriter.organization(partner, true, offers.locationsOf(network, partner.id()));
            org.put(
                    "services",
                    entry.getValue().stream()
                            .map(offer -> (Object) HsdsWriter.service(offer, null))
                            .toList());
            result.add(org);
        }
        return result;
    }
}
