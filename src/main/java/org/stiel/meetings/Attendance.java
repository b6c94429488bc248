package org.stiel.meetings;

/** Whether an invited person came (Dutch: aanwezig, verontschuldigd, afwezig). */
public enum Attendance {
    PRESENT,
    EXCUSED,
    ABSENT
}
