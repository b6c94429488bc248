package org.stiel.governance;

/** What a body is: the network's steering group (stuurgroep) or a working group (werkgroep). */
public enum BodyKind {
    STEERING_GROUP,
    WORKING_GROUP
}
