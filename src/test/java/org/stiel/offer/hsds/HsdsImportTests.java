package org.stiel.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.OfferFilter;
import org.stiel.offer.OfferSummary;
import org.stiel.offer.OfferView;
import org.stiel.offer.Offers;
import org.stiel.offer.hsds.HsdsReport.Action;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;

/** Import: a preview first, errors by row and field with nothing changed, idempotent, isolated; export round trip. */
@StielTest
class HsdsImportTests {

    @Autowired
    HsdsExchange exchange;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    @Autowired
    JdbcClient jdbc;

    private StielUser coordinator() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        return fixtures.member(fixtures.network("hsds-import").id(), NetworkRole.COORDINATOR);
    }

    static String good(String org, String service, String location) {
        return """
                [{"id": "%1$s", "name": "Gezinsbond Testdorp", "description": "Vrijwilligers voor gezinnen.",
                  "website": "https://gezinsbond.example",
                  "locations": [{"id": "%3$s", "location_type": "physical", "name": "Zaal De Linde",
                    "latitude": 51.05, "longitude": 3.72,
                    "addresses": [{"id": "a1", "address_1": "Kerkstraat 4", "city": "Eerste", "postal_code": "9990",
                      "state_province": "Vlaanderen", "country": "BE", "address_type": "physical"}]}],
                  "services": [{"id": "%2$s", "name": "Babbelcafé voor ouders", "status": "active",
                    "description": "Elke maand koffie en een babbel.", "minimum_age": 0, "maximum_age": 3,
                    "schedules": [{"id": "s1", "dtstart": "2030-01-07", "freq": "MONTHLY", "byday": "1MO",
                      "opens_at": "09:30", "closes_at": "11:00"}],
                    "service_at_locations": [{"id": "sal1", "location_id": "%3$s"}],
                    "languages": [{"id": "l1", "code": "nl"}],
                    "cost_options": [{"id": "c1", "option": "Prijs", "amount": 2, "currency": "EUR"}],
                    "attributes": [{"id": "t1", "taxonomy_term_id": "%4$s"}]}]}]
                """.formatted(
                        org,
                        service,
                        location,
                        HsdsTaxonomy.term(HsdsTaxonomy.Facet.LIFE_DOMAIN, "MEETING_OTHERS")
                                .id());
    }

    @Test
    void aGoodFileIsPreviewedThenImportedAndASecondImportChangesNothing() {
        var coordinator = coordinator();
        String file = good("org-1", "svc-1", "loc-1");
        var preview = exchange.preview(coordinator, "good.json", bytes(file));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.created()).isEqualTo(2);
        assertThat(list(coordinator.networkId())).isEmpty();

        var first = exchange.importNow(coordinator, "good.json", bytes(file));
        assertThat(first.errors()).isEmpty();
        var imported = list(coordinator.networkId());
        assertThat(imported).extracting(OfferSummary::name).containsExactly("Babbelcafé voor ouders");
        OfferView offer =
                offers.get(coordinator.networkId(), imported.getFirst().id());
        assertThat(offer.locations()).extracting(OfferView.Place::postcode).containsExactly("9990");
        assertThat(offer.ageMaxMonths()).isEqualTo(36);
        assertThat(offer.price()).isEqualByComparingTo("2");
        assertThat(offer.schedules().getFirst().byday()).isEqualTo("1MO");
        long version = offer.version();

        var again = exchange.importNow(coordinator, "good.json", bytes(file));
        assertThat(again.errors()).isEmpty();
        assertThat(again.lines()).extracting(HsdsReport.Line::action).containsOnly(Action.UNCHANGED);
        assertThat(list(coordinator.networkId())).hasSize(1);
        assertThat(offers.get(coordinator.networkId(), offer.id()).version()).isEqualTo(version);

        // a change in the file updates the same offer
        var changed = exchange.importNow(coordinator, "good.json", bytes(file.replace("Babbelcafé", "Praatcafé")));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(list(coordinator.networkId()))
                .extracting(OfferSummary::name)
                .containsExactly("Praatcafé voor ouders");
    }

    @Test
    void aFileWithErrorsIsReportedRowByRowAndChangesNothing() {
        var coordinator = coordinator();
        String bad = good("org-2", "svc-2", "loc-2")
                .replace("\"minimum_age\": 0", "\"minimum_age\": \"nul\"")
                .replace("\"dtstart\": \"2030-01-07\"", "\"dtstart\": \"7 januari\"")
                .replace("\"status\": \"active\"", "\"status\": \"open\"");
        int before = count();
        var report = exchange.importNow(coordinator, "bad.json", bytes(bad));
        assertThat(report.errors())
                .extracting(HsdsReport.Issue::source, HsdsReport.Issue::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("organizations[0].services[0]", "minimum_age"),
                        org.assertj.core.groups.Tuple.tuple("organizations[0].services[0]", "status"),
                        org.assertj.core.groups.Tuple.tuple("organizations[0].services[0].schedules[0]", "dtstart"));
        assertThat(count()).isEqualTo(before);
        assertThat(list(coordinator.networkId())).isEmpty();
    }

    @Test
    void aCsvPackageWithErrorsNamesFileRowAndField() {
        var coordinator = coordinator();
        byte[] zip = zip(
                "organizations.csv", "id,name,description\no1,Speelpleinwerking,Spelen in de zomer\n",
                "locations.csv", "id,organization_id,location_type,name\nl1,o1,physical,Speelplein\n",
                "addresses.csv",
                        "id,location_id,address_1,city,postal_code,state_province,country,address_type\n"
                                + "ad1,l1,Pleinstraat 1,Eerste,9990,Vlaanderen,BE,physical\n",
                "services.csv",
                        "id,organization_id,name,status,minimum_age,maximum_age\n"
                                + "s1,o1,Speelplein,active,3,12\n"
                                + "s2,o1,Tienerwerking,active,twaalf,18\n"
                                + "s3,o1,,active,1,2\n",
                "service_at_locations.csv", "id,service_id,location_id\nsl1,s1,l1\nsl2,s2,l9\n",
                "schedules.csv", "id,service_id,dtstart,freq,byday\nsc1,s1,2030-07-01,WEEKLY,MO\n");
        int before = count();
        var report = exchange.preview(coordinator, "pakket.zip", zip);
        assertThat(report.errors())
                .extracting(HsdsReport.Issue::source, HsdsReport.Issue::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("services.csv row 3", "minimum_age"),
                        org.assertj.core.groups.Tuple.tuple("services.csv row 4", "name"),
                        org.assertj.core.groups.Tuple.tuple("services.csv row 3", "service_at_locations"));
        assertThat(report.canImport()).isFalse();
        var imported = exchange.importNow(coordinator, "pakket.zip", zip);
        assertThat(imported.errors()).isNotEmpty();
        assertThat(count()).isEqualTo(before);

        // without the bad rows the same package imports, and a second time changes nothing
        byte[] fixed = zip(
                "organizations.csv", "id,name,description\no1,Speelpleinwerking,Spelen in de zomer\n",
                "locations.csv", "id,organization_id,location_type,name\nl1,o1,physical,Speelplein\n",
                "addresses.csv",
                        "id,location_id,address_1,city,postal_code,state_province,country,address_type\n"
                                + "ad1,l1,Pleinstraat 1,Eerste,9990,Vlaanderen,BE,physical\n",
                "services.csv",
                        "id,organization_id,name,status,minimum_age,maximum_age\ns1,o1,Speelplein,active,3,12\n",
                "service_at_locations.csv", "id,service_id,location_id\nsl1,s1,l1\n",
                "schedules.csv", "id,service_id,dtstart,freq,byday\nsc1,s1,2030-07-01,WEEKLY,MO\n");
        assertThat(exchange.importNow(coordinator, "pakket.zip", fixed).errors())
                .isEmpty();
        assertThat(exchange.importNow(coordinator, "pakket.zip", fixed).lines())
                .extracting(HsdsReport.Line::action)
                .containsOnly(Action.UNCHANGED);
    }

    @Test
    void exportImportsIntoAFreshNetworkAsTheSameServices() throws Exception {
        var source = coordinator();
        exchange.importNow(source, "good.json", bytes(good("org-3", "svc-3", "loc-3")));
        // the export is valid HSDS: every organization, fully nested
        var exported = HsdsSchemas.parse(new String(exchange.exportJson(source), StandardCharsets.UTF_8));
        assertThat(exported).hasSize(1);
        exported.forEach(org -> HsdsSchemas.assertValid("organization.json", org));
        for (byte[] export : List.of(exchange.exportJson(source), exchange.exportZip(source))) {
            var target = coordinator();
            var report = exchange.importNow(target, "export", export);
            assertThat(report.errors()).isEmpty();
            var a = offers.get(
                    source.networkId(), list(source.networkId()).getFirst().id());
            var b = offers.get(
                    target.networkId(), list(target.networkId()).getFirst().id());
            assertThat(b.id()).isNotEqualTo(a.id());
            assertThat(same(b)).isEqualTo(same(a));
            // and the export of the copy imports back into it without a change
            var back = exchange.importNow(target, "again", exchange.exportJson(target));
            assertThat(back.lines()).extracting(HsdsReport.Line::action).containsOnly(Action.UNCHANGED);
        }
    }

    @Test
    void anotherNetworksImportCannotTouchYourOffers() {
        var mine = coordinator();
        exchange.importNow(mine, "good.json", bytes(good("org-4", "svc-4", "loc-4")));
        var myOffer = list(mine.networkId()).getFirst();
        // the other network sends a file naming my offer's and partner's Stiel ids
        var other = coordinator();
        String file = good(
                        myOffer.partnerId().value().toString(),
                        myOffer.id().value().toString(),
                        "loc-x")
                .replace("Babbelcafé", "Overgenomen");
        var report = exchange.importNow(other, "steal.json", bytes(file));
        assertThat(report.errors()).isEmpty();
        assertThat(offers.get(mine.networkId(), myOffer.id()).name()).isEqualTo("Babbelcafé voor ouders");
        assertThat(list(other.networkId())).extracting(OfferSummary::id).doesNotContain(myOffer.id());
    }

    @Test
    void anotherNetworksCoordinatorDoesNotSeeYourUpload() {
        var mine = coordinator();
        var job = exchange.upload(mine, "good.json", bytes(good("org-5", "svc-5", "loc-5")));
        var other = coordinator();
        assertThatThrownBy(() -> exchange.job(other, job.id()))
                .isInstanceOf(org.stiel.platform.NotFoundException.class);
        assertThatThrownBy(() -> exchange.start(other, job.id()))
                .isInstanceOf(org.stiel.platform.NotFoundException.class);
        assertThat(exchange.job(mine, job.id()).status()).isEqualTo("PREVIEW");
    }

    @Test
    void onlyCoordinatorsImport() {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("hsds-import-role").id();
        var volunteer = fixtures.member(network, NetworkRole.VOLUNTEER);
        assertThatThrownBy(() -> exchange.preview(volunteer, "x.json", bytes("[]")))
                .isInstanceOf(ForbiddenException.class);
    }

    private List<Object> same(OfferView o) {
        List<Object> fields = new ArrayList<>();
        fields.add(o.name());
        fields.add(o.description());
        fields.add(o.kind());
        fields.add(o.audiences());
        fields.add(o.ageMinMonths());
        fields.add(o.ageMaxMonths());
        fields.add(o.cost());
        fields.add(o.price() == null ? null : o.price().stripTrailingZeros());
        fields.add(o.languages());
        fields.add(o.pillar());
        fields.add(o.lifeDomains());
        fields.add(o.status());
        fields.add(o.partnerName());
        fields.add(
                o.locations().stream().map(p -> p.street() + " " + p.postcode()).toList());
        fields.add(o.schedules().stream()
                .map(s -> s.dtstart() + " " + s.freq() + " " + s.byday() + " " + s.opensAt() + "-" + s.closesAt())
                .toList());
        return fields;
    }

    private List<OfferSummary> list(NetworkId network) {
        return offers.list(network, new OfferFilter(null, null, null, false));
    }

    private int count() {
        return jdbc.sql("select (select count(*) from offer) + (select count(*) from partner)"
                        + " + (select count(*) from offer_schedule) + (select count(*) from hsds_ref)")
                .query(Integer.class)
                .single();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String... namesAndContents) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(bytes(namesAndContents[i + 1]));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
