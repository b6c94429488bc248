package org.stiel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.stiel.platform.mail.Mailer;

/**
 * One way to do each thing (DESIGN.md, "Platform pieces"): time, mail composition, PDFs, CSV and XLSX come from the
 * platform, so a module cannot drift back to its own zone, its own "now", its own mail texts, its own PDF set-up, a
 * CSV printer without the formula guard or a spreadsheet of its own making.
 */
@AnalyzeClasses(packages = "org.stiel", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformPiecesTests {

    @ArchTest
    static final ArchRule timeComesFromTheClockBean = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould()
            .callMethod(LocalDate.class, "now", Clock.class)
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(ZoneId.class, "systemDefault")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .because("\"now\" comes from the Clock bean and \"today\" from StielTime.today(clock), so a test that fixes"
                    + " the clock sees one time everywhere, whatever the zone of the clock it hands out");

    @ArchTest
    static final ArchRule oneZone = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.stiel.platform.StielTime")
            .should()
            .callMethod(ZoneId.class, "of", String.class)
            .because("Stiel has one zone, StielTime.ZONE");

    @ArchTest
    static final ArchRule mailsAreComposedByTheNotificationsPiece = noClasses()
            .that()
            .resideOutsideOfPackage("org.stiel.platform.mail..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Mailer.class)
            .because("mails are composed by Notifications: texts from keys, links to Stiel, recipients' languages");

    @ArchTest
    static final ArchRule pdfsAreMadeByThePlatformRenderer = noClasses()
            .that()
            .resideOutsideOfPackage("org.stiel.platform.pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.openhtmltopdf..")
            .because("the platform's PdfRenderer embeds the fonts every PDF needs");

    @ArchTest
    static final ArchRule csvIsWrittenByTheFormulaSafeWriter = noClasses()
            .that()
            .resideOutsideOfPackage("org.stiel.platform.csv..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .because("CsvWriter keeps a text typed by a user from being read as a formula");

    @ArchTest
    static final ArchRule spreadsheetsAreWrittenByThePlatformWriter = noClasses()
            .that()
            .resideOutsideOfPackage("org.stiel.platform.xlsx..")
            .should()
            .callMethod("org.apache.poi.ss.usermodel.Sheet", "createRow", "int")
            .orShould()
            .callMethod("org.apache.poi.xssf.usermodel.XSSFSheet", "createRow", "int")
            .orShould()
            .callMethod("org.apache.poi.xssf.streaming.SXSSFSheet", "createRow", "int")
            .because("XlsxWriter streams rows, keeps numbers and dates typed and gives every export the same header");
}
