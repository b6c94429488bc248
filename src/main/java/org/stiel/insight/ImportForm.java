package org.stiel.insight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The upload form of an import: what kind of file, and for Statbel's file the year when its name does not say. */
public class ImportForm {

    @NotNull(message = "{stiel.choose}")
    private ImportKind kind;

    @Min(value = 1990, message = "{insight.import.year.range}")
    @Max(value = 2100, message = "{insight.import.year.range}")
    private Integer year;

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
