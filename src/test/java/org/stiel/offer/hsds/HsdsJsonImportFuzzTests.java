package org.stiel.offer.hsds;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
 * Any bytes as an HSDS JSON import give a report of bounded size or the one "bad input" answer (400), never another
 * exception. Seeds in {@code HsdsJsonImportFuzzTestsInputs}; see the README's "Fuzzing".
 */
@StielTest
class HsdsJsonImportFuzzTests {

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
    void anyFileGivesABoundedReportOrA400(byte[] file) {
        try {
            HsdsFuzzing.assertBounded(exchange.preview(coordinator(), "fuzz.json", file));
        } catch (BadRequestException e) {
            // the documented answer to a file too large to read
        }
    }

    private StielUser coordinator() {
        if (coordinator == null) {
            var fixtures = new TestNetworks(networks, accounts, partners);
            coordinator = fixtures.member(fixtures.network("hsds-fuzz").id(), NetworkRole.COORDINATOR);
        }
        return coordinator;
    }
}
