package org.stiel.network;

import java.util.List;

/**
 * A municipality the demo or the benchmark makes up, with its postcodes: its code must lie outside Statbel's range
 * (99001–99999) and its postcodes must not be real ones, so that nothing invented is mistaken for a real place.
 */
public record InventedPlace(String nisCode, String name, List<Postcode> postcodes) {

    /** A postcode of the invented municipality: a place name and its point. */
    public record Postcode(String postcode, String place, double latitude, double longitude) {}
}
