package org.stiel.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.planning.ActionForm;
import org.stiel.planning.Actions;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/** The rules of the governance facades: who may change what, membership history, the decision log, agreements. */
@StielTest
class GovernanceTests {

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Bodies bodies;

    @Autowired
    Decisions decisions;

    @Autowired
    Agreements agreements;

    @Autowired
    Actions actions;

    GovernanceWorld world() {
        return new GovernanceWorld(networks, accounts, partners, bodies);
    }

    @Test
    void onlyTheCoordinatorSetsUpBodiesAndTheChairMustBeAMember() {
        var w = world();
        var form = new BodyForm(TestNetworks.unique("Stuurgroep"), BodyKind.STEERING_GROUP, "Koers", null);
        for (var other : List.of(w.staff, w.chair, w.volunteer)) {
            assertThatThrownBy(() -> bodies.create(other, form)).isInstanceOf(ForbiddenException.class);
        }
        var stranger = w.fixtures.member(w.fixtures.network("elders").id(), org.stiel.accounts.NetworkRole.VOLUNTEER);
        var strangerChairs = new BodyForm(
                form.name(), form.kind(), form.mandate(), stranger.id().value());
        assertThatThrownBy(() -> bodies.create(w.coordinator, strangerChairs)).isInstanceOf(RuleViolation.class);
        var id = bodies.create(
                w.coordinator,
                new BodyForm(
                        form.name(),
                        form.kind(),
                        form.mandate(),
                        w.coordinator.id().value()));

        var view = bodies.get(w.network, id);
        assertThat(view.kind()).isEqualTo(BodyKind.STEERING_GROUP);
        assertThat(view.chairName()).isEqualTo(w.coordinator.displayName());
        // names are unique per network, whatever the case
        var twin = new BodyForm(form.name().toUpperCase(), BodyKind.WORKING_GROUP, null, null);
        assertThatThrownBy(() -> bodies.create(w.coordinator, twin)).isInstanceOf(RuleViolation.class);
        assertThat(bodies.list(w.network).getFirst().id()).isEqualTo(id); // the steering group first
    }

    @Test
    void leavingKeepsTheMembershipInTheHistory() {
        var w = world();
        var body = w.workingGroup;
        bodies.addMember(w.coordinator, body, new MemberForm(w.otherPartner.value(), null, LocalDate.of(2024, 3, 1)));
        assertThatThrownBy(() -> bodies.addMember(
                        w.coordinator, body, new MemberForm(w.partner.value(), null, LocalDate.of(2024, 6, 1))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> bodies.removeMember(w.staff, body, w.partner, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(ForbiddenException.class);

        bodies.removeMember(w.coordinator, body, w.partner, LocalDate.of(2025, 1, 31));

        assertThat(bodies.get(w.network, body).members())
                .extracting(BodyMemberView::partner)
                .containsExactly(w.otherPartner);
        var history = bodies.history(w.network, body);
        assertThat(history).hasSize(2);
        var left = history.stream()
                .filter(h -> h.partner().equals(w.partner))
                .findFirst()
                .orElseThrow();
        assertThat(left.leftOn()).contains(LocalDate.of(2025, 1, 31));
        assertThat(left.joinedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(left.personName()).isEqualTo(w.staff.displayName());

        // a partner may come back, after its last period ended: periods never overlap
        assertThatThrownBy(() -> bodies.addMember(
                        w.coordinator, body, new MemberForm(w.partner.value(), null, LocalDate.of(2025, 1, 31))))
                .isInstanceOf(RuleViolation.class);
        assertThat(bodies.history(w.network, body)).hasSize(2);
        // a new period, the old one stays
        bodies.addMember(w.coordinator, body, new MemberForm(w.partner.value(), null, LocalDate.of(2025, 9, 1)));
        assertThat(bodies.history(w.network, body)).hasSize(3);
        assertThat(bodies.get(w.network, body).members()).hasSize(2);
    }

    @Test
    void aMemberComesFromTheNetwork() {
        var w = world();
        var elsewhere = w.fixtures.network("elders").id();
        var foreign = w.fixtures.partner(elsewhere, TestNetworks.unique("Vreemde partner"), "Test");
        assertThatThrownBy(() -> bodies.addMember(
                        w.coordinator, w.workingGroup, new MemberForm(foreign.value(), null, LocalDate.now())))
                .isInstanceOf(RuleViolation.class);
        var stranger = w.fixtures.member(elsewhere, org.stiel.accounts.NetworkRole.COORDINATOR);
        assertThatThrownBy(() -> bodies.addMember(
                        w.coordinator,
                        w.workingGroup,
                        new MemberForm(w.otherPartner.value(), stranger.id().value(), LocalDate.now())))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void theChairRecordsForTheirOwnBodyOnlyAndTheCoordinatorForAll() {
        var w = world();
        var other = bodies.create(
                w.coordinator, new BodyForm(TestNetworks.unique("Andere groep"), BodyKind.WORKING_GROUP, null, null));
        var own = new DecisionForm(
                "Zomerwerking samen bekendmaken", "Eén folder", LocalDate.of(2025, 5, 1), w.workingGroup.value());
        var id = decisions.record(w.chair, own, null);
        assertThat(decisions.get(w.network, id).bodyName())
                .isEqualTo(bodies.get(w.network, w.workingGroup).name());

        assertThatThrownBy(() -> decisions.record(
                        w.chair, new DecisionForm("Niet van mij", null, LocalDate.of(2025, 5, 1), other.value()), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> decisions.record(
                        w.chair, new DecisionForm("Voor heel het netwerk", null, LocalDate.of(2025, 5, 1), null), null))
                .isInstanceOf(ForbiddenException.class);
        for (var nobody : List.of(w.staff, w.volunteer)) {
            assertThatThrownBy(() -> decisions.record(nobody, own, null)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(decisions.canRecord(w.chair)).isTrue();
        assertThat(decisions.canRecord(w.staff)).isFalse();

        var networkWide = decisions.record(
                w.coordinator, new DecisionForm("Heel het netwerk", null, LocalDate.of(2025, 6, 1), null), null);
        assertThat(decisions.get(w.network, networkWide).body()).isEmpty();
    }

    @Test
    void aDecisionTakenInAMeetingIsFoundByTheMeeting() {
        var w = world();
        var meeting = new MeetingRef(UUID.randomUUID(), "Netwerkoverleg juni", LocalDate.of(2025, 6, 12));
        var action =
                actions.create(w.coordinator, new ActionForm(TestNetworks.unique("Zaal zoeken"), null, "", null), null);
        var form = new DecisionForm(
                "Brunch in Hazelbeke",
                null,
                LocalDate.of(2025, 6, 12),
                w.workingGroup.value(),
                List.of(),
                List.of(action.value()));
        var id = decisions.record(w.coordinator, form, meeting);
        decisions.record(
                w.coordinator,
                new DecisionForm("Los van een vergadering", null, LocalDate.of(2025, 6, 12), null),
                null);

        var found = decisions.ofMeeting(w.network, meeting.id());
        assertThat(found).extracting(DecisionView::id).containsExactly(id);
        assertThat(found.getFirst().meeting()).contains(meeting);
        assertThat(found.getFirst().actions()).extracting(a -> a.id()).containsExactly(action);
        assertThat(decisions.ofMeeting(w.fixtures.network("elders").id(), meeting.id()))
                .isEmpty();
    }

    @Test
    void theLogIsSearchedInDutchByBodyAndDate() {
        var w = world();
        var body = w.workingGroup.value();
        var a = decisions.record(
                w.coordinator,
                new DecisionForm(
                        "Vergaderingen roteren over de gemeenten",
                        "Lasten en lusten delen",
                        LocalDate.of(2025, 1, 10),
                        body),
                null);
        var b = decisions.record(
                w.coordinator,
                new DecisionForm(
                        "Nieuwe folder",
                        "Iedere vergadering begint met een kennismaking",
                        LocalDate.of(2025, 3, 10),
                        null),
                null);
        var c = decisions.record(
                w.coordinator,
                new DecisionForm("Budget voor de taalkampen", null, LocalDate.of(2025, 5, 10), body),
                null);

        // Dutch stems: "vergadering" finds "vergaderingen" in the title and "vergadering" in the why
        assertThat(ids(DecisionSearch.of("vergadering", null, null, null), w))
                .containsExactly(a, b); // a title match ranks above a match in the why
        assertThat(ids(DecisionSearch.of("taalkamp", null, null, null), w)).containsExactly(c);
        assertThat(ids(DecisionSearch.of(null, body, null, null), w)).containsExactly(c, a); // newest first
        assertThat(ids(DecisionSearch.of(null, null, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 5, 9)), w))
                .containsExactly(b);
        assertThat(ids(DecisionSearch.of("vergadering", body, null, null), w)).containsExactly(a);
        assertThat(ids(DecisionSearch.of("fietsenstalling", null, null, null), w))
                .isEmpty();
        assertThat(decisions.recent(w.network, 2)).extracting(DecisionView::id).containsExactly(c, b);
    }

    private List<DecisionId> ids(DecisionSearch search, GovernanceWorld w) {
        return decisions.search(w.network, search).stream()
                .map(DecisionView::id)
                .toList();
    }

    @Test
    void anAgreementsStatusFollowsItsDates() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertThat(AgreementStatus.of(today.minusYears(1), today.plusDays(61), today))
                .isEqualTo(AgreementStatus.ACTIVE);
        assertThat(AgreementStatus.of(today.minusYears(1), today.plusDays(60), today))
                .isEqualTo(AgreementStatus.EXPIRES_SOON);
        assertThat(AgreementStatus.of(today.minusYears(1), today, today)).isEqualTo(AgreementStatus.EXPIRES_SOON);
        assertThat(AgreementStatus.of(today.minusYears(1), today.minusDays(1), today))
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(AgreementStatus.of(null, today.plusYears(2), today)).isEqualTo(AgreementStatus.UNSIGNED);
        assertThat(AgreementStatus.of(null, today.minusDays(1), today)).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void thePartnersOwnStaffReadTheAgreementOthersSeeTheListOnly() {
        var w = world();
        var form = agreement(
                w.partner, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        assertThatThrownBy(() -> agreements.create(w.staff, form)).isInstanceOf(ForbiddenException.class);
        var id = agreements.create(w.coordinator, form);
        assertThatThrownBy(() -> agreements.create(w.coordinator, form)).isInstanceOf(RuleViolation.class);

        assertThat(agreements.get(w.staff, id).partnerCommits()).isEqualTo("Een ruimte voor het netwerkoverleg");
        for (var other : List.of(w.otherStaff, w.chair, w.volunteer)) {
            assertThatThrownBy(() -> agreements.get(other, id)).isInstanceOf(ForbiddenException.class);
            assertThat(agreements.list(other.networkId()))
                    .extracting(AgreementSummary::id, AgreementSummary::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, AgreementStatus.ACTIVE));
        }
        assertThatThrownBy(() -> agreements.update(w.staff, id, form)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDocumentIsAPdfOfAFewMegabytesAtMost() {
        var w = world();
        var id = agreements.create(
                w.coordinator,
                agreement(w.partner, LocalDate.now(), LocalDate.now().plusYears(3)));
        assertThatThrownBy(() -> agreements.attach(w.coordinator, id, "x.pdf", "<html>".getBytes()))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("governance.document.not-pdf"));
        assertThatThrownBy(() -> agreements.attach(w.coordinator, id, "x.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("governance.document.empty"));
        var big = new byte[Agreements.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> agreements.attach(w.coordinator, id, "x.pdf", big))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("governance.document.too-large"));
        assertThatThrownBy(() -> agreements.attach(w.staff, id, "x.pdf", pdf())).isInstanceOf(ForbiddenException.class);

        agreements.attach(w.coordinator, id, "../Overeenkomst \"ondertekend\".pdf", pdf());

        var document = agreements.document(w.staff, id);
        assertThat(document.content()).isEqualTo(pdf());
        assertThat(document.fileName()).isEqualTo("Overeenkomst _ondertekend_.pdf");
        assertThat(agreements.get(w.coordinator, id).document())
                .map(AgreementView.DocumentInfo::sizeBytes)
                .contains(pdf().length);
        assertThatThrownBy(() -> agreements.document(w.otherStaff, id)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDemoShowsASteeringGroupWithOneWhoLeft() {
        var scheldeveld = networks.findBySlug("scheldeveld").orElseThrow().id();
        var steering = bodies.list(scheldeveld).getFirst();
        assertThat(steering.kind()).isEqualTo(BodyKind.STEERING_GROUP);
        assertThat(steering.members()).hasSize(5);
        assertThat(bodies.history(scheldeveld, steering.id()))
                .filteredOn(h -> !h.current())
                .hasSize(1);
        assertThat(bodies.list(scheldeveld))
                .filteredOn(b -> b.kind() == BodyKind.WORKING_GROUP)
                .hasSize(2);
        assertThat(decisions.recent(scheldeveld, 20)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(decisions.recent(scheldeveld, 20))
                .anyMatch(d -> !d.goals().isEmpty() && !d.actions().isEmpty())
                .anyMatch(d -> d.body().isEmpty());
        assertThat(agreements.list(scheldeveld))
                .extracting(AgreementSummary::status)
                .contains(
                        AgreementStatus.ACTIVE,
                        AgreementStatus.EXPIRES_SOON,
                        AgreementStatus.EXPIRED,
                        AgreementStatus.UNSIGNED);
        var polderrand = networks.findBySlug("polderrand").orElseThrow().id();
        assertThat(bodies.list(polderrand)).extracting(BodyView::kind).containsExactly(BodyKind.STEERING_GROUP);
    }

    @Test
    void anotherNetworksBodyIsNotFound() {
        var w = world();
        var elsewhere = w.fixtures.network("elders").id();
        assertThatThrownBy(() -> bodies.get(elsewhere, w.workingGroup)).isInstanceOf(NotFoundException.class);
        assertThat(bodies.list(elsewhere)).isEmpty();
        assertThat(Optional.of(bodies.get(w.network, w.workingGroup)
                        .members()
                        .getFirst()
                        .partner()))
                .contains(w.partner);
    }

    static AgreementForm agreement(PartnerId partner, LocalDate start, LocalDate end) {
        return new AgreementForm(
                partner.value(),
                "Een ruimte voor het netwerkoverleg",
                "Bekendmaking van het aanbod",
                start,
                end,
                start);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n% test document\n%%EOF\n".getBytes();
    }
}
