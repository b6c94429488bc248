package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.referrals.ConsentMethod;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.Outcome;
import org.stiel.referrals.PreferredContact;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralAnswer;
import org.stiel.referrals.ReferralForm;
import org.stiel.referrals.ReferralId;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.Referrals;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referrals of the demo ({@code demo/referrals.json}): a consent text per network and one referral in every state,
 * walked through the lifecycle by the facade as staff would. Staff of partners without a demo account act under an
 * invented name.
 */
@Component
@Conditional(DemoEnabledCondition.class)
@Order(20)
class ReferralsDemo implements DemoStep {

    static final String NETWORK = "scheldeveld";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Referrals referrals;
    private final Accounts accounts;
    private final Networks networks;
    private final Validator validator;

    ReferralsDemo(Referrals referrals, Accounts accounts, Networks networks, Validator validator) {
        this.referrals = referrals;
        this.accounts = accounts;
        this.networks = networks;
        this.validator = validator;
    }

    record File(
            String comment,
            List<DemoConsentText> consentTexts,
            List<DemoReferral> referrals,
            List<DemoDeclines> declines) {}

    record DemoConsentText(String network, String body) {}

    record DemoReferral(
            String from,
            String to,
            String service,
            ReferralStatus state,
            DeclineReason declineReason,
            Outcome outcome,
            String note,
            String municipality,
            ReferralForm form) {}

    /** {@code count} referrals of one family profile, each declined for {@code reason}: unmet need for the gap list. */
    record DemoDeclines(
            String from,
            String to,
            String municipality,
            LifeDomain lifeDomain,
            DeclineReason reason,
            int count,
            String childrenAges,
            String need) {}

    @Override
    public void load(Loaded demo) {
        File file = read();
        for (var text : file.consentTexts()) {
            referrals.publishConsentText(DemoLoader.system(demo.network(text.network())), text.body());
        }
        NetworkId network = demo.network(NETWORK);
        int version = referrals.currentConsentText(network).orElseThrow().version();
        for (var referral : file.referrals()) {
            var form = referral.form();
            form.setRecipientPartnerId(demo.partner(referral.to()).value());
            if (referral.service() != null) {
                form.setOfferId(serviceOf(staffOf(demo, network, referral.from()), referral.to(), referral.service()));
            }
            if (form.getConsentGivenBy() != null) {
                form.setConsentTextVersion(version);
            }
            form.setMunicipalityNis(nisCodeOf(network, referral.municipality()));
            var violations = validator.validate(form);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Invalid demo referral to " + referral.to() + ": " + violations);
            }
            walk(demo, network, referral);
        }
        for (var declines : file.declines()) {
            for (int i = 0; i < declines.count(); i++) {
                var form = declined(declines, version, i);
                form.setRecipientPartnerId(demo.partner(declines.to()).value());
                form.setMunicipalityNis(nisCodeOf(network, declines.municipality()));
                var violations = validator.validate(form);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("Invalid demo decline to " + declines.to() + ": " + violations);
                }
                walk(
                        demo,
                        network,
                        new DemoReferral(
                                declines.from(),
                                declines.to(),
                                null,
                                ReferralStatus.DECLINED,
                                declines.reason(),
                                null,
                                null,
                                declines.municipality(),
                                form));
            }
        }
    }

    /** The i-th family of a group of declines: initials, reached through the referrer, consent given this month. */
    private ReferralForm declined(DemoDeclines declines, int version, int i) {
        var form = new ReferralForm();
        form.setContactName(String.valueOf((char) ('A' + i)) + ". " + (char) ('K' + i) + ".");
        form.setPreferredContact(PreferredContact.THROUGH_REFERRER);
        form.setChildrenAges(declines.childrenAges());
        form.setLifeDomain(declines.lifeDomain());
        form.setNeed(declines.need());
        form.setConsentGivenBy("Ouder");
        form.setConsentGivenOn(referrals.today().minusDays(i));
        form.setConsentMethod(ConsentMethod.VERBAL);
        form.setConsentPurpose("Doorverwijzing naar " + declines.to());
        form.setConsentTextVersion(version);
        return form;
    }

    /**
     * The NIS code of the network's municipality with this name; {@code null} while the network's municipalities
     * carry no codes yet (they get them from the places part of the demo).
     */
    private String nisCodeOf(NetworkId network, String municipality) {
        if (municipality == null) {
            return null;
        }
        return networks.get(network).municipalities().stream()
                .filter(m -> m.name().equals(municipality))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("Demo referral names unknown municipality " + municipality))
                .nisCode();
    }

    /** The id of a service of the recipient, by name, among the services the sender can pick (as the form). */
    private UUID serviceOf(StielUser sender, String partner, String name) {
        return referrals.services(sender).stream()
                .filter(s -> s.partnerName().equals(partner) && s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo referral names unknown service " + name))
                .id()
                .value();
    }

    /** Takes the referral from draft to its state along the lifecycle, each step by the side that takes it. */
    private void walk(Loaded demo, NetworkId network, DemoReferral referral) {
        StielUser sender = staffOf(demo, network, referral.from());
        StielUser recipient = staffOf(demo, network, referral.to());
        ReferralStatus target = referral.state();
        ReferralId id = referrals.create(sender, referral.form(), target != ReferralStatus.DRAFT);
        if (target == ReferralStatus.DRAFT || target == ReferralStatus.SENT) {
            return;
        }
        if (target == ReferralStatus.CANCELLED) {
            referrals.act(sender, id, ReferralAnswer.of(ReferralAction.CANCEL));
            return;
        }
        // reading it opens it, and shows up in its access log
        referrals.read(recipient, id, false);
        switch (target) {
            case OPENED -> {}
            case DECLINED ->
                referrals.act(
                        recipient,
                        id,
                        new ReferralAnswer(ReferralAction.DECLINE, referral.declineReason(), null, referral.note()));
            default -> {
                referrals.act(recipient, id, ReferralAnswer.of(ReferralAction.ACCEPT));
                if (target == ReferralStatus.WITHDRAWN) {
                    referrals.withdrawConsent(recipient, id);
                } else if (target != ReferralStatus.ACCEPTED) {
                    referrals.act(recipient, id, ReferralAnswer.of(ReferralAction.START_CONTACT));
                    if (target == ReferralStatus.CLOSED) {
                        referrals.act(
                                recipient,
                                id,
                                new ReferralAnswer(ReferralAction.CLOSE, null, referral.outcome(), referral.note()));
                    }
                }
            }
        }
    }

    /** The demo account of the partner if it has one, else a member of its staff for the demo only. */
    private StielUser staffOf(Loaded demo, NetworkId network, String partnerName) {
        PartnerId partner = demo.partner(partnerName);
        for (String email : List.of("partner@stiel.example", "partner2@stiel.example")) {
            var user = accounts.reload(demo.account(email), network);
            if (user.worksFor(partner.value())) {
                return user;
            }
        }
        String networkName = networks.get(network).name();
        return new StielUser(
                new UserId(UUID.nameUUIDFromBytes(partnerName.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "demo@stiel.example",
                "Medewerker " + partnerName + " (demo)",
                false,
                List.of(new Membership(network, networkName, NetworkRole.PARTNER_STAFF, partner.value())),
                network,
                null);
    }

    private static File read() {
        try (InputStream in = new ClassPathResource("demo/referrals.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/referrals.json", e);
        }
    }
}
