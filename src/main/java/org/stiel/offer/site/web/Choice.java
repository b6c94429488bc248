package org.stiel.offer.site.web;

/**
 * An option of the search form (a network, a theme, a language, a distance, a day): what it sends, its text in the
 * reader's language and whether the search shown has it. Prepared in Java like {@link ResultCard}: the form has over
 * a hundred options, each of which took three template expressions.
 */
record Choice(String value, String label, boolean selected) {}
