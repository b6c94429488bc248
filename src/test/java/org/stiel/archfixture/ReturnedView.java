package org.stiel.archfixture;

/** A read model nobody outside names, reached through the facade's public signature: API. */
public record ReturnedView(String name) {}
