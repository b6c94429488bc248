package org.stiel.archfixture;

/** Public, but only its own package uses it: the usage rule must flag it. */
public record UnusedView(String name) {

    static UnusedView of(String name) {
        return new UnusedView(name);
    }
}
