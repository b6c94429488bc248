package org.stiel.insight;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/**
 * The network's catalogue of indicators: the built-in ones ({@link Indicator}) and its own, which the coordinator
 * adds and describes, and which of them partner staff may read ({@link #share}).
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    Indicators(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The indicators the reader may read figures of: built-in first in catalogue order, then the own ones by name. */
    public List<IndicatorView> visible(Actor reader) {
        Access.requireReader(reader);
        boolean all = Access.readsAll(reader);
        return all(reader.networkId()).stream().filter(i -> all || i.shared()).toList();
    }

    /** An indicator the reader may read; 404 when it is unknown in the network or not shared with them. */
    public IndicatorView get(Actor reader, String code) {
        var indicator = find(reader.networkId(), code).orElseThrow(() -> new NotFoundException("Indicator"));
        Access.requireVisible(reader, indicator);
        return indicator;
    }

    /** The form to edit an own indicator, for the coordinator. */
    public IndicatorForm form(Actor coordinator, String code) {
        Require.coordinator(coordinator);
        var indicator = own(coordinator.networkId(), code);
        return new IndicatorForm(indicator.name(), indicator.definition(), indicator.unit());
    }

    /** Adds an own indicator; its code is {@code own-} and the name in lower case without accents, e.g. own-wachtlijst. */
    @Transactional
    public String create(Actor actor, IndicatorForm form) {
        Require.coordinator(actor);
        String code = "own-" + slug(form.name());
        if (code.equals("own-")) {
            throw RuleViolation.on("name", "insight.indicator.name.letters");
        }
        boolean taken = jdbc.sql("select exists (select 1 from insight_indicator where network_id = ? and code = ?)")
                .params(actor.networkId().value(), code)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw RuleViolation.on("name", "insight.indicator.name.taken");
        }
        jdbc.sql("""
                        insert into insight_indicator (id, network_id, code, name, definition, unit, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        actor.networkId().value(),
                        code,
                        form.name().strip(),
                        blankToNull(form.definition()),
                        form.unit().name(),
                        actor.person().map(p -> p.id().value()).orElse(null),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        return code;
    }

    /** Changes an own indicator's name, definition or unit; its code (and so its figures) stays. */
    @Transactional
    public void update(Actor actor, String code, IndicatorForm form) {
        Require.coordinator(actor);
        own(actor.networkId(), code);
        jdbc.sql("update insight_indicator set name = ?, definition = ?, unit = ? where network_id = ? and code = ?")
                .params(
                        form.name().strip(),
                        blankToNull(form.definition()),
                        form.unit().name(),
                        actor.networkId().value(),
                        code)
                .update();
    }

    /** Lets partner staff read the indicator's figures, or no longer. */
    @Transactional
    public void share(Actor actor, String code, boolean shared) {
        Require.coordinator(actor);
        find(actor.networkId(), code).orElseThrow(() -> new NotFoundException("Indicator"));
        if (shared) {
            jdbc.sql("insert into insight_indicator_share (network_id, indicator) values (?, ?) on conflict do nothing")
                    .params(actor.networkId().value(), code)
                    .update();
        } else {
            jdbc.sql("delete from insight_indicator_share where network_id = ? and indicator = ?")
                    .params(actor.networkId().value(), code)
                    .update();
        }
    }

    /** Every indicator of the network, whoever reads: for the module's own checks (a figure's indicator exists). */
    Optional<IndicatorView> find(NetworkId network, String code) {
        if (code == null) {
            return Optional.empty();
        }
        var builtIn = Indicator.ofCode(code);
        if (builtIn.isPresent()) {
            return Optional.of(view(builtIn.get(), shared(network).contains(code)));
        }
        return ownOf(network, code);
    }

    List<IndicatorView> all(NetworkId network) {
        Set<String> shared = shared(network);
        var all = new ArrayList<IndicatorView>();
        for (var indicator : Indicator.values()) {
            all.add(view(indicator, shared.contains(indicator.code())));
        }
        all.addAll(jdbc.sql("""
                        select i.code, i.name, i.definition, i.unit,
                               exists (select 1 from insight_indicator_share s
                                       where s.network_id = i.network_id and s.indicator = i.code) as shared
                        from insight_indicator i where i.network_id = ? order by lower(i.name), i.code
                        """)
                .param(network.value())
                .query((rs, row) -> new IndicatorView(
                        rs.getString("code"),
                        false,
                        rs.getString("name"),
                        rs.getString("definition"),
                        Indicator.Unit.valueOf(rs.getString("unit")),
                        rs.getBoolean("shared")))
                .list());
        return all;
    }

    private IndicatorView own(NetworkId network, String code) {
        return ownOf(network, code).orElseThrow(() -> new NotFoundException("Indicator"));
    }

    private Optional<IndicatorView> ownOf(NetworkId network, String code) {
        return jdbc.sql("""
                        select i.code, i.name, i.definition, i.unit,
                               exists (select 1 from insight_indicator_share s
                                       where s.network_id = i.network_id and s.indicator = i.code) as shared
                        from insight_indicator i where i.network_id = ? and i.code = ?
                        """)
                .params(network.value(), code)
                .query((rs, row) -> new IndicatorView(
                        rs.getString("code"),
                        false,
                        rs.getString("name"),
                        rs.getString("definition"),
                        Indicator.Unit.valueOf(rs.getString("unit")),
                        rs.getBoolean("shared")))
                .optional();
    }

    private Set<String> shared(NetworkId network) {
        return jdbc
                .sql("select indicator from insight_indicator_share where network_id = ?")
                .param(network.value())
                .query(String.class)
                .stream()
                .collect(Collectors.toSet());
    }

    private IndicatorView view(Indicator indicator, boolean shared) {
        Locale locale = LocaleContextHolder.getLocale();
        String prefix = "indicator." + indicator.code();
        return new IndicatorView(
                indicator.code(),
                true,
                messages.getMessage(prefix + ".name", null, indicator.code(), locale),
                messages.getMessage(prefix + ".definition", null, "", locale),
                indicator.unit(),
                shared);
    }

    /** The name in lower case, accents taken off, other characters than letters and digits as single dashes. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
