package org.stiel.archfixture;

/** A plain helper class made public: the shape rule must flag it. */
public class LeakyHelper {

    String name() {
        return UnusedView.of("helper").name();
    }
}
