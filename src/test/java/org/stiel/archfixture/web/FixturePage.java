package org.stiel.archfixture.web;

import org.stiel.archfixture.FixtureFacade;

/** The fixture module's web layer: it uses the facade, which makes the facade API. */
class FixturePage {

    String show(FixtureFacade facade) {
        return facade.find().name();
    }
}
