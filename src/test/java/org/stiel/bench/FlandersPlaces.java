package org.stiel.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's places: the real Flemish municipalities and their postcodes, read from the network module's
 * reference tables (V29, loaded by {@code network.internal.PlacesLoad}), so that the generated networks, partners'
 * addresses and families' searches use the places a real installation has. At scale 1 all of Flanders; at a smaller
 * scale a compact region (the municipalities nearest to one drawn at random), so that networks stay neighbours.
 */
final class FlandersPlaces {

    /** A postcode of a municipality: one of its places (a former municipality) and that place's point. */
    record Postcode(String code, String place, double latitude, double longitude) {}

    /** A real municipality: its 2025 NIS code, Dutch name, postcodes and middle. */
    record Municipality(String nisCode, String name, List<Postcode> postcodes, double latitude, double longitude) {}

    private FlandersPlaces() {}

    /** All real (not invented) Flemish municipalities with their postcodes, by NIS code. */
    static List<Municipality> all(Connection connection) throws SQLException {
        Map<String, List<Postcode>> postcodes = new LinkedHashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select p.nis_code, p.postcode, p.place_nl, p.latitude, p.longitude
                        from place_postcode p join place_municipality m on m.nis_code = p.nis_code
                        where not m.invented order by p.nis_code, p.postcode, p.place_nl
                        """)) {
            while (rs.next()) {
                postcodes
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Postcode(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
            }
        }
        List<Municipality> result = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select nis_code, name_nl, latitude, longitude from place_municipality
                        where not invented and latitude is not null order by nis_code
                        """)) {
            while (rs.next()) {
                var own = postcodes.get(rs.getString(1));
                if (own != null) {
                    result.add(new Municipality(
                            rs.getString(1), rs.getString(2), List.copyOf(own), rs.getDouble(3), rs.getDouble(4)));
                }
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("No reference places: was the migration PlacesLoad (V30) run?");
        }
        return result;
    }

    /** {@code count} neighbouring municipalities: the nearest to one drawn at random (all of them at most). */
    static List<Municipality> region(List<Municipality> all, int count, Random random) {
        if (count >= all.size()) {
            return all;
        }
        var centre = all.get(random.nextInt(all.size()));
        return all.stream()
                .sorted(Comparator.comparingDouble((Municipality m) -> km(centre, m))
                        .thenComparing(Municipality::nisCode))
                .limit(count)
                .toList();
    }

    /**
     * Networks of {@code size} neighbours: from west to east, the westernmost municipality not yet in a network and
     * the nearest ones not yet in a network (the last ones left may lie further apart, as the last network of a
     * province does).
     */
    static List<List<Municipality>> networks(List<Municipality> municipalities, int size) {
        List<Municipality> left = new ArrayList<>(municipalities);
        left.sort(Comparator.comparingDouble(Municipality::longitude).thenComparing(Municipality::nisCode));
        List<List<Municipality>> networks = new ArrayList<>();
        while (!left.isEmpty()) {
            var first = left.getFirst();
            var members = left.stream()
                    .sorted(Comparator.comparingDouble((Municipality m) -> km(first, m))
                            .thenComparing(Municipality::nisCode))
                    .limit(size)
                    .toList();
            left.removeAll(members);
            networks.add(members);
        }
        return networks;
    }

    /** Great-circle distance in km, as the families' search computes it. */
    static double km(Municipality a, Municipality b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }
}
