package org.stiel.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes files in the shape of Statbel's {@code TF_SOC_POP_STRUCT_<year>}: UTF-8 with a byte-order mark,
 * pipe-separated, Statbel's header, one row per municipality × sex × nationality × civil status × single year of age.
 * {@link #belgium} makes one as large as the real Belgian file (some 600 000 rows).
 */
public final class StatbelFiles {

    public static final String HEADER = "CD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_DSTR_REFNIS|TX_ADM_DSTR_DESCR_NL"
            + "|TX_ADM_DSTR_DESCR_FR|CD_PROV_REFNIS|TX_PROV_DESCR_NL|TX_PROV_DESCR_FR|CD_RGN_REFNIS|TX_RGN_DESCR_NL"
            + "|TX_RGN_DESCR_FR|CD_SEX|CD_NATLTY|TX_NATLTY_NL|TX_NATLTY_FR|CD_CIV_STS|TX_CIV_STS_NL|TX_CIV_STS_FR"
            + "|CD_AGE|MS_POPULATION";

    private static final String[] CIVIL = {"1", "2", "3", "4", "5"};
    private static final String[] CIVIL_NL = {"Ongehuwd", "Gehuwd", "Weduwe", "Gescheiden", "Feitelijk gescheiden"};

    private StatbelFiles() {}

    /** A row as Statbel writes it, for a municipality, sex (M/F), age and count. */
    public static String row(String code, String name, String sex, int civil, int age, long count) {
        boolean belgian = (age + civil) % 3 != 0;
        return String.join(
                "|",
                code,
                name,
                name,
                code.substring(0, 2) + "000",
                "Arrondissement " + name,
                "Arrondissement de " + name,
                code.charAt(0) + "0000",
                "Provincie",
                "Province",
                "2000",
                "Vlaams Gewest",
                "Région flamande",
                sex,
                belgian ? "BEL" : "ETR",
                belgian ? "Belgen" : "Niet-Belgen",
                belgian ? "Belges" : "non-Belges",
                CIVIL[civil],
                CIVIL_NL[civil],
                CIVIL_NL[civil],
                String.valueOf(age),
                String.valueOf(count));
    }

    /** Writes the byte-order mark, the header and the rows. */
    public static void write(OutputStream out, List<String> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(HEADER);
        writer.write("\r\n");
        for (String row : rows) {
            writer.write(row);
            writer.write("\r\n");
        }
        writer.flush();
    }

    /**
     * A file as large as Statbel's for all of Belgium: the given municipalities × 2 sexes × 5 civil statuses × ages 0
     * to 102 (about 1 030 rows each; 581 municipalities give some 600 000 rows). Each row counts {@code (age % 7) + 1}
     * people, so that a test can compute the bands' sums.
     *
     * @return how many rows were written
     */
    public static long belgium(OutputStream out, List<String> codes) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(HEADER);
        writer.write("\r\n");
        long rows = 0;
        for (String code : codes) {
            for (String sex : new String[] {"M", "F"}) {
                for (int civil = 0; civil < CIVIL.length; civil++) {
                    for (int age = 0; age <= 102; age++) {
                        writer.write(row(code, "Gemeente " + code, sex, civil, age, (age % 7) + 1));
                        writer.write("\r\n");
                        rows++;
                    }
                }
            }
        }
        writer.flush();
        return rows;
    }

    /** What {@link #belgium} counts for one municipality in the ages from and to (included). */
    public static long belgiumCount(int from, int to) {
        long sum = 0;
        for (int age = from; age <= to; age++) {
            sum += (age % 7) + 1;
        }
        return sum * 2 * CIVIL.length;
    }
}
