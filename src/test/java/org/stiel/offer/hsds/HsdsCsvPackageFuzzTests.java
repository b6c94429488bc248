package org.stiel.offer.hsds;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.BadRequestException;

/**
 * Any HSDS CSV data package (a zip of the HSDS tables with any headers and cells, CSV quoting and all) gives a report
 * of bounded size or the one "bad input" answer (400), never another exception. The zip is made here so that the
 * fuzzer spends its time on the CSV and the package's links, not on the zip format. Seeds in
 * {@code HsdsCsvPackageFuzzTestsInputs}; see the README's "Fuzzing".
 */
@StielTest
class HsdsCsvPackageFuzzTests {

    /** The tables Stiel reads, each with the columns it knows, so that the fuzzer starts from a real package. */
    static final List<String[]> TABLES = List.of(
            new String[] {"organizations.csv", "id,name,description,website"},
            new String[] {"services.csv", "id,organization_id,name,status,minimum_age,maximum_age,assured_date"},
            new String[] {"locations.csv", "id,organization_id,location_type,name,latitude,longitude"},
            new String[] {"addresses.csv", "id,location_id,address_1,city,postal_code,country"},
            new String[] {"service_at_locations.csv", "id,service_id,location_id"},
            new String[] {"schedules.csv", "id,service_id,dtstart,freq,interval,byday,bymonthday,count,until,opens_at"},
            new String[] {"cost_options.csv", "id,service_id,option,amount"},
            new String[] {"languages.csv", "id,service_id,code"},
            new String[] {"attributes.csv", "id,link_id,taxonomy_term_id,value"});

    private static StielUser coordinator;

    @Autowired
    HsdsExchange exchange;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @FuzzTest(maxDuration = "10s")
    void anyPackageGivesABoundedReportOrA400(FuzzedDataProvider data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String[] table : TABLES) {
                if (!data.consumeBoolean()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(table[0]));
                String header = data.consumeBoolean() ? table[1] : data.consumeString(60);
                zip.write((header + "\n" + data.consumeString(400)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        try {
            HsdsFuzzing.assertBounded(exchange.preview(coordinator(), "fuzz.zip", out.toByteArray()));
        } catch (BadRequestException e) {
            // the documented answer to a package too large to read
        }
    }

    private StielUser coordinator() {
        if (coordinator == null) {
            var fixtures = new TestNetworks(networks, accounts, partners);
            coordinator = fixtures.member(fixtures.network("hsds-fuzz-csv").id(), NetworkRole.COORDINATOR);
        }
        return coordinator;
    }
}
