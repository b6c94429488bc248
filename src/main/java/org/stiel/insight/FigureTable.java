package org.stiel.insight;

import java.util.List;
import org.stiel.platform.ListPage;

/**
 * One indicator's figures as a table: a page of the network's municipalities (rows) by the latest periods that have
 * figures (columns, oldest first).
 */
public record FigureTable(IndicatorView indicator, List<Period> periods, ListPage<Row> rows) {

    /**
     * A municipality and its figures, one cell per period of the table, {@code null} where it has none.
     *
     * @param cells in the order of {@link FigureTable#periods()}
     */
    public record Row(String nisCode, String municipality, List<FigureView> cells) {}
}
