package org.stiel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the staff part of the data set is built on: the generated networks and partners as the database holds them,
 * the accounts made for them, and the seeded random every part draws from (names, UUIDs, picks).
 */
final class StaffModel {

    record Account(UUID id, String name, String email) {}

    /** A partner as one network sees it, with its staff in that network and its active services. */
    record Partner(UUID id, String name, String kind, List<UUID> services, List<UUID> offers, List<Account> staff) {}

    /** A generated network with its people; {@code rank} 0 is the network with the most referrals. */
    static final class Network {
        final UUID id;
        final String slug;
        final String name;
        final int rank;
        final List<String> towns;
        /** The NIS codes of the network's municipalities that have one (read from its municipality rows). */
        final List<String> nisCodes = new ArrayList<>();

        final List<Partner> partners = new ArrayList<>();
        final List<Account> coordinators = new ArrayList<>();
        final List<Account> steering = new ArrayList<>();
        final List<Account> volunteers = new ArrayList<>();

        Network(UUID id, String slug, String name, int rank, List<String> towns) {
            this.id = id;
            this.slug = slug;
            this.name = name;
            this.rank = rank;
            this.towns = towns;
        }

        /** Every member of the network: partner staff, coordinators, steering group, volunteers. */
        List<Account> members() {
            List<Account> all = new ArrayList<>(coordinators);
            all.addAll(steering);
            all.addAll(volunteers);
            partners.forEach(p -> all.addAll(p.staff()));
            return all;
        }

        /** The short name, without "Huis van het Kind". */
        String place() {
            return name.replace("Huis van het Kind ", "");
        }
    }

    static final List<String> FIRST_NAMES = List.of(
            "An",
            "Els",
            "Katrien",
            "Sofie",
            "Lies",
            "Griet",
            "Nathalie",
            "Sarah",
            "Fatima",
            "Amira",
            "Yasmina",
            "Leen",
            "Inge",
            "Hilde",
            "Eva",
            "Hanne",
            "Julie",
            "Lotte",
            "Marie",
            "Nina",
            "Tom",
            "Pieter",
            "Bart",
            "Koen",
            "Wim",
            "Jan",
            "Stijn",
            "Jonas",
            "Youssef",
            "Mehmet",
            "Ahmed",
            "Dries",
            "Thomas",
            "Kevin",
            "Ruben",
            "Sander",
            "Ilse",
            "Veerle",
            "Ann",
            "Evi",
            "Ayse",
            "Olena",
            "Magda",
            "Nadia",
            "Karim",
            "Lukas",
            "Emma");
    static final List<String> LAST_NAMES = List.of(
            "Peeters",
            "Janssens",
            "Maes",
            "Jacobs",
            "Mertens",
            "Willems",
            "Claes",
            "Goossens",
            "Wouters",
            "De Smet",
            "Dubois",
            "Lambert",
            "Dupont",
            "Vermeulen",
            "Van den Broeck",
            "Hermans",
            "Aerts",
            "De Clercq",
            "Pauwels",
            "Van Damme",
            "Verstraete",
            "El Amrani",
            "Yilmaz",
            "Kaya",
            "Nowak",
            "De Backer",
            "Michiels",
            "Cools",
            "Smets",
            "Martens",
            "Stevens",
            "Desmet",
            "Verhaegen",
            "Bogaert",
            "Coppens",
            "Declercq",
            "Lemmens");

    final Random random;
    private int accounts;

    StaffModel(long seed) {
        this.random = new Random(seed);
    }

    Account account(String role) {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        int n = ++accounts;
        String local = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]+", "");
        return new Account(uuid(), first + " " + last, role + "-" + n + "." + local + "@" + FlandersStaffData.DOMAIN);
    }

    String personName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** An index drawn by weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A version-4 UUID from the seeded random, so that a run can be repeated exactly. */
    UUID uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
