package org.stiel.offer.site.web;

/**
 * A result of the families' search as its card shows it, every text already in the reader's language. The search is
 * the busiest page of Stiel; preparing a card in Java takes a fraction of the time that some twenty template
 * expressions per card took to evaluate (docs/benchmarks.md), and the page only places the texts.
 *
 * @param id the offer's id, for its link
 * @param places its municipalities, joined ("Gent, Merelbeke"), or empty
 * @param summary the start of its description, or null
 * @param nextDateTime when it next takes place, for {@code <time datetime>} (ISO 8601 with offset), or null
 * @param next the same moment in words ("dinsdag 3 december, 10:00")
 * @param cost "Gratis", "Betalend", …
 */
record ResultCard(
        String id,
        String name,
        String partner,
        String places,
        boolean online,
        String summary,
        String nextDateTime,
        String next,
        String ages,
        String cost,
        boolean reducedTariff,
        boolean temporarilyClosed) {}
