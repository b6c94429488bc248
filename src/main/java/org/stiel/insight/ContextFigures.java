package org.stiel.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;

/**
 * The network's context figures: read as a table or a trend (by whoever may read the indicator), entered, changed and
 * deleted by the coordinator, and the latest value per municipality for the other parts of Stiel (the home page, the
 * plan).
 */
@Service
@Transactional(readOnly = true)
public class ContextFigures {

    /** The columns of a figures table: the latest ten periods. */
    static final int PERIODS = 10;

    private final FigureStore store;
    private final Indicators indicators;
    private final Networks networks;
    private final Clock clock;

    ContextFigures(FigureStore store, Indicators indicators, Networks networks, Clock clock) {
        this.store = store;
        this.indicators = indicators;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * The latest figure of an indicator for each municipality of the network that has one. For the network's own
     * pages, which decide themselves who sees them.
     */
    public List<LatestFigure> latest(NetworkId network, Indicator indicator) {
        return store.latest(network, indicator.code());
    }

    /** The network's municipalities that carry a NIS code, code to name, by name. */
    public Map<String, String> municipalities(Actor reader) {
        Access.requireReader(reader);
        return networks.municipalityCodes(reader.networkId());
    }

    /** A page of the network's municipalities (by name) with the indicator's figures of the latest periods. */
    public FigureTable table(Actor reader, String indicator, Paging paging) {
        var view = indicators.get(reader, indicator);
        var network = reader.networkId();
        var names = networks.municipalityCodes(network);
        var municipalities = new ArrayList<>(names.entrySet());
        int start = 0;
        if (paging.after() != null) {
            // the network's municipalities are few and come in one order: continue after the last one shown
            String afterCode = paging.after().text(0);
            while (start < municipalities.size()
                    && !municipalities.get(start).getKey().equals(afterCode)) {
                start++;
            }
            start = Math.min(start + 1, municipalities.size());
        }
        var shown = municipalities.subList(start, Math.min(municipalities.size(), start + paging.limit()));
        var periods = store.periods(network, indicator, PERIODS);
        var cells = new HashMap<String, FigureView>();
        if (!periods.isEmpty()) {
            LocalDate from = periods.getFirst().date();
            for (var figure : store.figures(
                    network, indicator, shown.stream().map(Map.Entry::getKey).toList(), from, names)) {
                cells.put(figure.nisCode() + "|" + figure.period(), figure);
            }
        }
        var rows = shown.stream()
                .map(m -> new FigureTable.Row(
                        m.getKey(),
                        m.getValue(),
                        periods.stream()
                                .map(p -> cells.get(m.getKey() + "|" + p))
                                .toList()))
                .toList();
        return new FigureTable(view, periods, ListPage.of(rows, paging, row -> Cursor.of(row.nisCode())));
    }

    /** Every figure of the indicator for one municipality of the network, oldest first. */
    public List<FigureView> trend(Actor reader, String indicator, String nisCode) {
        indicators.get(reader, indicator);
        var names = networks.municipalityCodes(reader.networkId());
        if (!names.containsKey(nisCode)) {
            throw new NotFoundException("Municipality");
        }
        return store.trend(reader.networkId(), indicator, nisCode, names);
    }

    /** One figure, with its source and licence; 404 when the reader may not read its indicator. */
    public FigureView get(Actor reader, FigureId id) {
        Access.requireReader(reader);
        var figure = store.find(reader.networkId(), id.value(), networks.municipalityCodes(reader.networkId()))
                .orElseThrow(() -> new NotFoundException("Figure"));
        indicators.get(reader, figure.indicator());
        return figure;
    }

    /** The form to change a figure, filled with it. */
    public FigureForm form(Actor coordinator, FigureId id) {
        Require.coordinator(coordinator);
        var f = get(coordinator, id);
        var period = f.period();
        boolean year = period.kind() == PeriodKind.YEAR;
        return new FigureForm(
                f.indicator(),
                f.nisCode(),
                period.kind(),
                year ? period.date().getYear() : null,
                year ? null : period.date(),
                f.value(),
                f.numerator(),
                f.denominator(),
                f.source(),
                f.publishedOn(),
                f.licence());
    }

    /**
     * Every figure of these indicators the reader may read, by indicator, municipality and period, handed over one
     * at a time (for the exports); indicators the reader may not read are left out.
     */
    public void each(Actor reader, Collection<String> codes, Consumer<FigureView> out) {
        var readable = indicators.visible(reader).stream()
                .map(IndicatorView::code)
                .filter(codes::contains)
                .toList();
        store.each(reader.networkId(), readable, networks.municipalityCodes(reader.networkId()), out);
    }

    /** Enters a figure; one for the same indicator, municipality and period is replaced. */
    @Transactional
    public FigureId enter(Actor actor, FigureForm form) {
        Require.coordinator(actor);
        var network = actor.networkId();
        var checked = FigureRules.check(
                form, indicators.find(network, form.indicator()).orElse(null), networks.municipalityCodes(network));
        return new FigureId(store.upsert(network, checked, who(actor), clock.instant()));
    }

    /**
     * Changes a figure. Moved to an indicator, municipality or period that has a figure already, it replaces that
     * one; the answer is the id the figure has now.
     */
    @Transactional
    public FigureId update(Actor actor, FigureId id, FigureForm form) {
        Require.coordinator(actor);
        var network = actor.networkId();
        var names = networks.municipalityCodes(network);
        var old = store.find(network, id.value(), names).orElseThrow(() -> new NotFoundException("Figure"));
        var checked = FigureRules.check(
                form, indicators.find(network, form.indicator()).orElse(null), names);
        boolean moved = !old.indicator().equals(checked.indicator())
                || !old.nisCode().equals(checked.nisCode())
                || !old.period().equals(checked.period());
        if (moved) {
            store.delete(network, id.value());
        }
        return new FigureId(store.upsert(network, checked, who(actor), clock.instant()));
    }

    @Transactional
    public void delete(Actor actor, FigureId id) {
        Require.coordinator(actor);
        if (!store.delete(actor.networkId(), id.value())) {
            throw new NotFoundException("Figure");
        }
    }

    private static java.util.UUID who(Actor actor) {
        return actor.person().map(p -> p.id().value()).orElse(null);
    }
}
