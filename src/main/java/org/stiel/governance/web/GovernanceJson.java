package org.stiel.governance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stiel.governance.AgreementStatus;
import org.stiel.governance.AgreementSummary;
import org.stiel.governance.AgreementView;
import org.stiel.governance.BodyKind;
import org.stiel.governance.BodyMemberView;
import org.stiel.governance.BodyView;
import org.stiel.governance.DecisionView;
import org.stiel.governance.MembershipView;

/** The governance API's JSON shapes: what a client needs, without internals such as versions of linked records. */
final class GovernanceJson {

    private GovernanceJson() {}

    record Member(UUID partner, String partnerName, UUID person, String personName, LocalDate since) {

        static Member of(BodyMemberView m) {
            return new Member(
                    m.partner().value(),
                    m.partnerName(),
                    m.person().map(p -> p.value()).orElse(null),
                    m.personName().isEmpty() ? null : m.personName(),
                    m.since());
        }
    }

    record Membership(UUID partner, String partnerName, String personName, LocalDate joinedOn, LocalDate leftOn) {

        static Membership of(MembershipView m) {
            return new Membership(
                    m.partner().value(),
                    m.partnerName(),
                    m.personName().isEmpty() ? null : m.personName(),
                    m.joinedOn(),
                    m.leftOn().orElse(null));
        }
    }

    record Body(
            UUID id,
            String name,
            BodyKind kind,
            String mandate,
            String chairName,
            List<Member> members,
            List<Membership> history,
            long version) {

        static Body of(BodyView b, List<MembershipView> history) {
            return new Body(
                    b.id().value(),
                    b.name(),
                    b.kind(),
                    b.mandate(),
                    b.chairName().isEmpty() ? null : b.chairName(),
                    b.members().stream().map(Member::of).toList(),
                    history == null
                            ? null
                            : history.stream().map(Membership::of).toList(),
                    b.version());
        }
    }

    record Link(UUID id, String title) {}

    record Meeting(UUID id, String title, LocalDate date) {}

    record Decision(
            UUID id,
            String title,
            String rationale,
            LocalDate decidedOn,
            UUID body,
            String bodyName,
            Meeting meeting,
            List<Link> goals,
            List<Link> actions) {

        static Decision of(DecisionView d) {
            return new Decision(
                    d.id().value(),
                    d.title(),
                    d.rationale().isEmpty() ? null : d.rationale(),
                    d.decidedOn(),
                    d.body().map(b -> b.value()).orElse(null),
                    d.bodyName().isEmpty() ? null : d.bodyName(),
                    d.meeting()
                            .map(m -> new Meeting(m.id(), m.title(), m.date()))
                            .orElse(null),
                    d.goals().stream()
                            .map(g -> new Link(g.id().value(), g.title()))
                            .toList(),
                    d.actions().stream()
                            .map(a -> new Link(a.id().value(), a.title()))
                            .toList());
        }
    }

    record AgreementLine(
            UUID id, UUID partner, String partnerName, LocalDate startsOn, LocalDate endsOn, AgreementStatus status) {

        static AgreementLine of(AgreementSummary a) {
            return new AgreementLine(
                    a.id().value(), a.partner().value(), a.partnerName(), a.startsOn(), a.endsOn(), a.status());
        }
    }

    record Agreement(
            UUID id,
            UUID partner,
            String partnerName,
            String partnerCommits,
            String networkOffers,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate signedOn,
            AgreementStatus status,
            String documentName,
            long version) {

        static Agreement of(AgreementView a) {
            return new Agreement(
                    a.id().value(),
                    a.partner().value(),
                    a.partnerName(),
                    a.partnerCommits(),
                    a.networkOffers(),
                    a.startsOn(),
                    a.endsOn(),
                    a.signedOn().orElse(null),
                    a.status(),
                    a.document().map(AgreementView.DocumentInfo::fileName).orElse(null),
                    a.version());
        }
    }
}
