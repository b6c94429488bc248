package org.stiel.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTests {

    @Test
    void cellsKeepTheirTypeSoASpreadsheetCanSumAndSortThem() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var xlsx = XlsxWriter.to(out)) {
            xlsx.sheet("Cijfers", List.of("Gemeente", "Waarde", "Datum", "Leeg"));
            xlsx.row("Hazelbeke", new BigDecimal("412"), LocalDate.of(2025, 1, 1), null);
            xlsx.row("=SUM(A1:A9)", 18.5, null, null);
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheet("Cijfers");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Gemeente");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            var first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(412.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(first.getCell(3)).isNull();

            // text that looks like a formula stays text: nobody's spreadsheet runs what a user typed
            var second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(18.5);
        }
    }
}
