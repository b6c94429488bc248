package org.stiel.insight.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stiel.insight.Indicator;
import org.stiel.network.NetworkId;

/**
 * Which indicator a long table's cell means: a built-in code ({@code CHILDREN_0_2}), its Dutch (or English) name
 * as the catalogue's messages give it, or the code or name of one of the network's own indicators; with its unit.
 */
@Component
public class ImportIndicators {

    private final MessageSource messages;
    private final JdbcClient jdbc;

    ImportIndicators(MessageSource messages, JdbcClient jdbc) {
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** The indicators of a network, by every name a file may use. */
    public Catalogue of(NetworkId network) {
        Map<String, String> codes = new HashMap<>();
        Map<String, Indicator.Unit> units = new HashMap<>();
        for (var indicator : Indicator.values()) {
            units.put(indicator.code(), indicator.unit());
            codes.put(ImportPlaces.plain(indicator.code()), indicator.code());
            for (var locale : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
                String name = messages.getMessage("indicator." + indicator.code() + ".name", null, null, locale);
                if (name != null) {
                    codes.putIfAbsent(ImportPlaces.plain(name), indicator.code());
                }
            }
        }
        jdbc.sql("select code, name, unit from insight_indicator where network_id = ?")
                .param(network.value())
                .query(rs -> {
                    String code = rs.getString("code");
                    units.put(code, Indicator.Unit.valueOf(rs.getString("unit")));
                    codes.put(ImportPlaces.plain(code), code);
                    codes.putIfAbsent(ImportPlaces.plain(rs.getString("name")), code);
                });
        return new Catalogue(codes, units);
    }

    /** A network's indicators by their plain names. */
    public record Catalogue(Map<String, String> codes, Map<String, Indicator.Unit> units) {

        /** The code a cell means, or null. */
        public String code(String cell) {
            return codes.get(ImportPlaces.plain(cell));
        }

        public Indicator.Unit unit(String code) {
            return units.getOrDefault(code, Indicator.Unit.NUMBER);
        }
    }
}
