package org.stiel.platform.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way Stiel writes spreadsheets (XLSX, Apache POI): a bold, frozen header row, then rows whose cells keep
 * their type — a {@link Number} is a number a spreadsheet can sum, a {@link LocalDate} a date, anything else text (a
 * string cell is never read as a formula, so no guard like the CSV writer's is needed). Streaming: only the last
 * hundred rows are held in memory, so an export's memory does not grow with its length.
 *
 * <pre>{@code
 * try (var xlsx = XlsxWriter.to(out)) {
 *     xlsx.sheet("Figures", List.of("Municipality", "Value"));
 *     xlsx.row("Gent", 412);
 * }
 * }</pre>
 */
public final class XlsxWriter implements Closeable {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final CellStyle bold;
    private final CellStyle date;
    private Sheet sheet;
    private int next;

    private XlsxWriter(OutputStream out) {
        this.out = out;
        var font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(font);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
    }

    /** A workbook written to {@code out} when closed (the stream itself is left open). */
    public static XlsxWriter to(OutputStream out) {
        return new XlsxWriter(out);
    }

    /** Starts a sheet with its header row; the rows that follow go there. */
    public XlsxWriter sheet(String name, List<String> header) {
        sheet = workbook.createSheet(name);
        next = 0;
        var row = sheet.createRow(next++);
        for (int c = 0; c < header.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            // the width a header needs, in POI's units (1/256 of a character), with room for the values below
            sheet.setColumnWidth(c, Math.min(255, Math.max(10, header.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** A row of cells; {@code null} leaves a cell empty. */
    public void row(List<?> cells) {
        if (sheet == null) {
            throw new IllegalStateException("Start a sheet before writing rows");
        }
        var row = sheet.createRow(next++);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            switch (value) {
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                }
                case Boolean flag -> cell.setCellValue(flag);
                default -> cell.setCellValue(value.toString());
            }
        }
    }

    /** A row of cells; {@code null} leaves a cell empty. */
    public void row(Object... cells) {
        row(java.util.Arrays.asList(cells));
    }

    /** Writes the workbook and frees its temporary files. */
    @Override
    public void close() {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone already (dispose); nothing else to release
            }
        }
    }
}
