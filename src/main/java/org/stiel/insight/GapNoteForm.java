package org.stiel.insight;

import jakarta.validation.constraints.Size;

/** The coordinator's note on a gap; blank clears it. */
public record GapNoteForm(
        @Size(max = GapNotes.MAX_NOTE, message = "{stiel.size.max}")
        String note) {

    public GapNoteForm() {
        this(null);
    }
}
