package org.stiel.insight.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rows of a table, from a CSV (delimiter guessed from the header line) or the first sheet of an XLSX. */
abstract sealed class TableRows implements Closeable {

    /** A row: its line (CSV) or row number (XLSX) as the coordinator sees it, and its cells as text. */
    record Line(long number, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() || cells.get(index) == null
                    ? ""
                    : cells.get(index).strip();
        }
    }

    abstract List<String> header();

    abstract Iterator<Line> lines();

    /** Whether numbers in it are written the Dutch way (decimal comma, a point between thousands). */
    boolean dutchNumbers() {
        return false;
    }

    static TableRows csv(InputStream in) throws IOException {
        var reader = Bom.skip(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1 << 16);
        String first = reader.readLine();
        reader.reset();
        char delimiter = delimiter(first == null ? "" : first);
        var parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader);
        return new Csv(parser, delimiter == ';');
    }

    /**
     * An XLSX's first sheet. POI reads the workbook into memory: a long table from a province's site is a few thousand
     * rows; the large file (Statbel's) is a CSV and streams.
     */
    static TableRows xlsx(Path file) throws IOException {
        try {
            var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new Xlsx(pkg, new XSSFWorkbook(pkg));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            throw new IOException("Not an XLSX file", e);
        }
    }

    private static char delimiter(String header) {
        char best = ',';
        long most = 0;
        for (char c : new char[] {';', ',', '\t', '|'}) {
            long count = header.chars().filter(ch -> ch == c).count();
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    private static final class Csv extends TableRows {

        private final CSVParser parser;
        private final Iterator<org.apache.commons.csv.CSVRecord> records;
        private final List<String> header;
        private final boolean dutch;

        Csv(CSVParser parser, boolean dutch) {
            this.parser = parser;
            this.dutch = dutch;
            this.records = parser.iterator();
            this.header = records.hasNext() ? records.next().toList() : List.of();
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        boolean dutchNumbers() {
            return dutch;
        }

        @Override
        Iterator<Line> lines() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Line next() {
                    var record = records.next();
                    return new Line(record.getRecordNumber(), record.toList());
                }
            };
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static final class Xlsx extends TableRows {

        private final OPCPackage pkg;
        private final XSSFWorkbook workbook;
        private final Iterator<Row> rows;
        private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        private final List<String> header;

        Xlsx(OPCPackage pkg, XSSFWorkbook workbook) {
            this.pkg = pkg;
            this.workbook = workbook;
            this.rows = workbook.getNumberOfSheets() == 0
                    ? List.<Row>of().iterator()
                    : workbook.getSheetAt(0).rowIterator();
            this.header = rows.hasNext() ? cells(rows.next()) : List.of();
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        Iterator<Line> lines() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Line next() {
                    var row = rows.next();
                    return new Line(row.getRowNum() + 1L, cells(row));
                }
            };
        }

        private List<String> cells(Row row) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                cells.add(text(row.getCell(i)));
            }
            return cells;
        }

        /** Numbers as plain digits (not as the sheet formats them), dates as ISO dates. */
        private String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            }
            if (type == CellType.STRING) {
                return cell.getStringCellValue();
            }
            return type == CellType.BLANK || type == CellType.ERROR ? "" : formatter.formatCellValue(cell);
        }

        @Override
        public void close() throws IOException {
            // opened read-only: revert, since closing would try to save
            pkg.revert();
        }
    }
}
