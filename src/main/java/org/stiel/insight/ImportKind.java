package org.stiel.insight;

/** What kind of file an import reads. Message keys: {@code importKind.NAME}. */
public enum ImportKind {
    /** Statbel's population structure open-data file {@code TF_SOC_POP_STRUCT_<year>}, summed into age bands. */
    STATBEL_POPULATION,
    /** A long table (CSV or XLSX), one figure a row, as the provinces' "in cijfers" sites export it. */
    LONG_TABLE
}
