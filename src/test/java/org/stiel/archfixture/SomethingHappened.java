package org.stiel.archfixture;

/** An event nobody listens to yet: still API. */
public record SomethingHappened(String what) {}
