package org.stiel.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Loads the demo networks into an empty installation, through the modules' APIs, in one transaction: either the whole
 * demo is there or none of it. Everything in it is invented, including the municipalities and their postcodes (NIS
 * codes 99xxx and postcodes that do not exist, see {@code demo/places.json}).
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoLoader implements ApplicationRunner {

    /** Shown as the author of the demo's partners in "what's new". */
    static final String ACTOR = "Stiel (demo)";

    /** The installation loading the demo into a network: the one actor that passes the role checks without a person. */
    static Actor.Trusted system(NetworkId network) {
        return Actor.system(network, ACTOR);
    }

    // any constant will do; it only has to be the same for every instance that starts on the same database
    private static final long LOCK = 0x5374_6965_6c44_656dL;

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Networks networks;
    private final Places places;
    private final Accounts accounts;
    private final Partners partners;
    private final DemoPassword password;
    private final Validator validator;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<DemoStep> steps;

    DemoLoader(
            Networks networks,
            Places places,
            Accounts accounts,
            Partners partners,
            DemoPassword password,
            Validator validator,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            List<DemoStep> steps) {
        this.networks = networks;
        this.places = places;
        this.accounts = accounts;
        this.partners = partners;
        this.password = password;
        this.validator = validator;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.steps = steps;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfEmpty();
    }

    /** Loads the demo when there is no network yet (the first start); answers whether it did. */
    boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // several instances may start together on one new database: only the first one loads
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
            if (!networks.all().isEmpty()) {
                return false;
            }
            load(DemoContent.read());
            return true;
        }));
    }

    private void load(DemoContent content) {
        Map<String, NetworkId> networkIds = new HashMap<>();
        Map<String, PartnerId> partnerIds = new HashMap<>();
        int partnerCount = 0;
        // the networks pick their municipalities from the reference list, so the invented ones go there first
        content.places().forEach(places::defineInvented);
        for (var demo : content.networks()) {
            check(demo.network(), demo.network().getSlug());
            NetworkId network = networks.create(demo.network());
            networkIds.put(demo.network().getSlug(), network);
            for (var partner : demo.partners()) {
                check(partner, partner.getName());
                partnerIds.put(partner.getName(), partners.create(system(network), partner));
                partnerCount++;
            }
            for (var shared : demo.sharedPartners()) {
                partners.addToNetwork(system(network), required(partnerIds, shared.name()), shared.core());
            }
        }

        String secret = password.obtain();
        Map<String, UserId> accountIds = new HashMap<>();
        for (var account : content.accounts()) {
            UserId user = accounts.register(account.email(), account.displayName(), secret, account.admin());
            accountIds.put(account.email(), user);
            for (var membership : account.memberships()) {
                accounts.join(
                        system(required(networkIds, membership.network())),
                        user,
                        membership.role(),
                        Optional.ofNullable(membership.partner())
                                .map(name -> required(partnerIds, name).value()));
            }
        }

        for (var edit : content.edits()) {
            NetworkId network = required(networkIds, edit.network());
            PartnerId partner = required(partnerIds, edit.partner());
            UserId author = accounts.findByEmail(edit.by())
                    .orElseThrow(() -> new IllegalStateException("No demo account " + edit.by()));
            var form = partners.form(network, partner);
            edit.applyTo(form);
            check(form, edit.partner());
            partners.update(accounts.reload(author, network), partner, form);
        }
        var loaded = new DemoStep.Loaded(Map.copyOf(networkIds), Map.copyOf(partnerIds), Map.copyOf(accountIds));
        for (DemoStep step : steps) {
            step.load(loaded);
        }
        log.info(
                "Loaded the demo: {} networks, {} partners, {} accounts",
                networkIds.size(),
                partnerCount,
                content.accounts().size());
    }

    /** The demo passes the same validation as a form, so that no screen has to cope with data a user cannot enter. */
    private void check(Object form, String what) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo data for " + what + ": "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
    }

    private static <T> T required(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data refers to unknown " + key);
        }
        return value;
    }
}
