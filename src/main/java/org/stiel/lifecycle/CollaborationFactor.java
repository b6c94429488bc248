package org.stiel.lifecycle;

import java.util.Arrays;
import java.util.List;

/**
 * The collaboration-factor statements a partner rates from 1 (do not agree at all) to 5 (fully agree), in six groups.
 * Stiel's own wording, inspired by the themes of the Wilder Collaboration Factors Inventory; the texts live in
 * {@code i18n/lifecycle-survey} under {@code survey.factor.<key>}.
 */
public enum CollaborationFactor {
    ENVIRONMENT_TRACK_RECORD(Group.ENVIRONMENT),
    ENVIRONMENT_LOCAL_SUPPORT(Group.ENVIRONMENT),
    ENVIRONMENT_RIGHT_TIME(Group.ENVIRONMENT),
    ENVIRONMENT_POLICY(Group.ENVIRONMENT),
    MEMBERSHIP_RESPECT(Group.MEMBERSHIP),
    MEMBERSHIP_RIGHT_PARTNERS(Group.MEMBERSHIP),
    MEMBERSHIP_OWN_INTEREST(Group.MEMBERSHIP),
    MEMBERSHIP_GIVE_AND_TAKE(Group.MEMBERSHIP),
    PROCESS_OWNERSHIP(Group.PROCESS_AND_STRUCTURE),
    PROCESS_DECISIONS(Group.PROCESS_AND_STRUCTURE),
    PROCESS_ROLES(Group.PROCESS_AND_STRUCTURE),
    PROCESS_ADAPTABLE(Group.PROCESS_AND_STRUCTURE),
    COMMUNICATION_OPEN(Group.COMMUNICATION),
    COMMUNICATION_INFORMED(Group.COMMUNICATION),
    COMMUNICATION_INFORMAL(Group.COMMUNICATION),
    COMMUNICATION_CONFLICT(Group.COMMUNICATION),
    PURPOSE_CLEAR_GOALS(Group.PURPOSE),
    PURPOSE_SHARED_VISION(Group.PURPOSE),
    PURPOSE_OWN_VALUE(Group.PURPOSE),
    PURPOSE_FAMILIES(Group.PURPOSE),
    RESOURCES_MONEY(Group.RESOURCES),
    RESOURCES_TIME(Group.RESOURCES),
    RESOURCES_COORDINATION(Group.RESOURCES),
    RESOURCES_SKILLS(Group.RESOURCES);

    /** The six groups of statements; message keys {@code survey.factorGroup.NAME}. */
    public enum Group {
        ENVIRONMENT,
        MEMBERSHIP,
        PROCESS_AND_STRUCTURE,
        COMMUNICATION,
        PURPOSE,
        RESOURCES;

        public List<CollaborationFactor> factors() {
            return Arrays.stream(CollaborationFactor.values())
                    .filter(f -> f.group == this)
                    .toList();
        }
    }

    private final Group group;

    CollaborationFactor(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
