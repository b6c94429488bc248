package org.stiel.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * The cooperation agreements of the network's partners, one per partner. The coordinator keeps them; every member
 * sees the list (partner, period, status); the full agreement and its document are for the coordinator and the
 * partner's own staff. Documents are PDFs of at most {@link #MAX_DOCUMENT_BYTES}, kept in the database (ADR 0012).
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

    public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

    private final AgreementRepository agreements;
    private final AgreementDocuments documents;
    private final Partners partners;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Agreements(
            AgreementRepository agreements,
            AgreementDocuments documents,
            Partners partners,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.documents = documents;
        this.partners = partners;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The coordinator, and staff of the agreement's partner, read the agreement in full and its document. */
    public boolean canRead(StielUser user, PartnerId partner) {
        return Roles.coordinatorOrStaffOf(user, partner.value());
    }

    /** Every agreement of the network by partner name, with its status today. */
    public List<AgreementSummary> list(NetworkId network) {
        var today = StielTime.today(clock);
        var names = names(network);
        return jdbc
                .sql("""
                        select a.id, a.partner_id, a.starts_on, a.ends_on, a.signed_on,
                               exists (select 1 from governance_agreement_document d where d.agreement_id = a.id)
                                   as has_document
                        from governance_agreement a where a.network_id = ?""")
                .param(network.value())
                .query((rs, n) -> {
                    var partner = rs.getObject("partner_id", UUID.class);
                    var endsOn = rs.getObject("ends_on", LocalDate.class);
                    return new AgreementSummary(
                            new AgreementId(rs.getObject("id", UUID.class)),
                            new PartnerId(partner),
                            names.getOrDefault(partner, ""),
                            rs.getObject("starts_on", LocalDate.class),
                            endsOn,
                            AgreementStatus.of(rs.getObject("signed_on", LocalDate.class), endsOn, today),
                            rs.getBoolean("has_document"));
                })
                .list()
                .stream()
                .sorted(Comparator.comparing(AgreementSummary::partnerName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The agreements that are expired, unsigned or end within {@value AgreementStatus#SOON_DAYS} days. */
    public List<AgreementSummary> needingAttention(NetworkId network) {
        return list(network).stream()
                .filter(a -> a.status().needsAttention())
                .sorted(Comparator.comparing(AgreementSummary::endsOn))
                .toList();
    }

    /** How many agreements {@link #needingAttention} holds, counted in SQL (the same rule as {@link AgreementStatus}). */
    public int countNeedingAttention(NetworkId network) {
        return jdbc.sql("select count(*) from governance_agreement where network_id = ?"
                        + " and (signed_on is null or ends_on <= ?)")
                .params(network.value(), StielTime.today(clock).plusDays(AgreementStatus.SOON_DAYS))
                .query(Integer.class)
                .single();
    }

    /** The network's partners that have no agreement yet, for the form's choice. */
    public List<PartnerSummary> partnersWithout(NetworkId network) {
        var with = list(network).stream().map(AgreementSummary::partner).collect(Collectors.toSet());
        return partners.search(network, PartnerSearch.all()).stream()
                .filter(p -> !with.contains(p.id()))
                .toList();
    }

    /**
     * One agreement in full.
     *
     * @throws NotFoundException for an agreement of another network
     * @throws ForbiddenException for staff of another partner and other roles
     */
    public AgreementView get(StielUser user, AgreementId id) {
        var agreement = load(user.networkId(), id);
        if (!canRead(user, new PartnerId(agreement.partnerId()))) {
            throw new ForbiddenException("Only the coordinator and the partner's staff read an agreement");
        }
        return view(user.networkId(), agreement);
    }

    /** The agreement of the given partner, if it has one; for the coordinator and the partner's staff. */
    public Optional<AgreementView> ofPartner(StielUser user, PartnerId partner) {
        if (!canRead(user, partner)) {
            throw new ForbiddenException("Only the coordinator and the partner's staff read an agreement");
        }
        return agreements
                .findByPartner(partner.value(), user.networkId().value())
                .map(a -> view(user.networkId(), a));
    }

    public AgreementForm form(StielUser user, AgreementId id) {
        var a = get(user, id);
        var form = new AgreementForm(
                a.partner().value(),
                a.partnerCommits(),
                a.networkOffers(),
                a.startsOn(),
                a.endsOn(),
                a.signedOn().orElse(null));
        form.setVersion(a.version());
        return form;
    }

    /**
     * The coordinator enters a partner's agreement.
     *
     * @throws RuleViolation when the partner is not of the network or has an agreement already
     */
    @Transactional
    public AgreementId create(Actor actor, AgreementForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        if (partners.find(network, new PartnerId(form.getPartnerId())).isEmpty()) {
            throw RuleViolation.on("partnerId", "governance.agreement.partner.invalid");
        }
        if (agreements.findByPartner(form.getPartnerId(), network.value()).isPresent()) {
            throw RuleViolation.on("partnerId", "governance.agreement.partner.invalid");
        }
        var agreement = agreements.save(Agreement.create(network.value(), form, clock.instant()));
        AgreementEvents.of(network, agreement, partnerName(network, agreement), clock.instant())
                .forEach(events::publishEvent);
        return new AgreementId(agreement.id());
    }

    /**
     * The coordinator changes an agreement, e.g. renews it for a new period. The partner cannot change.
     *
     * @throws OptimisticLockingFailureException when the form carries an older version
     */
    @Transactional
    public void update(StielUser actor, AgreementId id, AgreementForm form) {
        var agreement = load(actor.networkId(), id);
        Require.coordinator(actor);
        if (form.getVersion() != null && !form.getVersion().equals(agreement.version())) {
            throw new OptimisticLockingFailureException("Agreement " + id + " changed since");
        }
        form.setPartnerId(agreement.partnerId());
        var signedBefore = agreement.signedOn();
        var endsBefore = agreement.endsOn();
        agreement.apply(form, clock.instant());
        agreements.save(agreement);
        AgreementEvents.of(
                        actor.networkId(),
                        signedBefore,
                        endsBefore,
                        agreement,
                        partnerName(actor.networkId(), agreement),
                        clock.instant())
                .forEach(events::publishEvent);
    }

    /**
     * The coordinator attaches the signed agreement, replacing an earlier document.
     *
     * @throws RuleViolation when the file is empty, not a PDF or larger than {@link #MAX_DOCUMENT_BYTES}
     */
    @Transactional
    public void attach(Actor actor, AgreementId id, String fileName, byte[] content) {
        load(actor.networkId(), id);
        Require.coordinator(actor);
        documents.store(id, fileName, content, clock.instant());
    }

    /**
     * The attached document, for the coordinator and the partner's staff.
     *
     * @throws NotFoundException when there is none, or the agreement is of another network
     */
    public AgreementDocument document(StielUser user, AgreementId id) {
        get(user, id);
        return documents.find(id).orElseThrow(() -> new NotFoundException("Document"));
    }

    Agreement load(NetworkId network, AgreementId id) {
        return agreements
                .findInNetwork(id.value(), network.value())
                .orElseThrow(() -> new NotFoundException("Agreement"));
    }

    private AgreementView view(NetworkId network, Agreement a) {
        var document = documents.info(new AgreementId(a.id()));
        return new AgreementView(
                new AgreementId(a.id()),
                new PartnerId(a.partnerId()),
                partners.nameOf(network, new PartnerId(a.partnerId())).orElse(""),
                a.partnerCommits(),
                a.networkOffers(),
                a.startsOn(),
                a.endsOn(),
                Optional.ofNullable(a.signedOn()),
                AgreementStatus.of(a.signedOn(), a.endsOn(), StielTime.today(clock)),
                document,
                a.version());
    }

    private Map<UUID, String> names(NetworkId network) {
        return partners.search(network, PartnerSearch.all()).stream()
                .collect(Collectors.toMap(p -> p.id().value(), PartnerSummary::name));
    }

    private String partnerName(NetworkId network, Agreement agreement) {
        return partners.find(network, new PartnerId(agreement.partnerId()))
                .map(p -> p.name())
                .orElse("");
    }
}
