package org.stiel.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stiel.bench.FlandersPlaces.Municipality;
import org.stiel.bench.FlandersPlaces.Postcode;

/**
 * Builds a Flanders-scale offer in a Stiel database for the benchmark ({@code bench/run.sh}): the real Flemish
 * municipalities and postcodes of the reference places ({@link FlandersPlaces}), networks of about five neighbouring
 * municipalities, partners with locations in their postcodes,
 * services and activities with Dutch names and descriptions, schedules in RFC 5545 terms and their occurrences for
 * the next twelve months — the same rows the application writes, so every page and query reads them as its own.
 *
 * <p>Everything is drawn from one seeded {@link Random}: the same seed, scale and day give the same data. Rows go in
 * with {@code COPY} (PgJDBC's CopyManager); occurrences are expanded in SQL with {@code generate_series}, as
 * {@code OccurrenceExpander} would expand the generated rules (single weekday, day of month, interval, count, until).
 * At scale 1 (300 municipalities then, 285 real ones now; 50 000 offers, about 1.1 million occurrences) it took two minutes on a shared, busy
 * 2-core machine.
 *
 * <p>Lives in the test tree on purpose: it is not part of the application jar. Run it through Maven:
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java@generate -Dbench.jdbc=jdbc:postgresql://localhost:PORT/postgres
 * </pre>
 *
 * or with {@code java -cp ... org.stiel.bench.FlandersData --url JDBC_URL [--user U] [--password P] [--scale 1.0]
 * [--seed 42] [--today 2026-11-23]}. A database that already holds bench networks (slug {@code bench-…}) is left
 * alone.
 */
public final class FlandersData {

    // a command-line tool run by bench/*.sh: progress goes to the console through the logger, no personal data
    private static final Logger log = LoggerFactory.getLogger(FlandersData.class);

    /** The marker of generated networks: their slugs start with it. */
    public static final String SLUG_PREFIX = "bench-";

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /** The same horizon as the application's occurrences (Occurrences.HORIZON_MONTHS). */
    static final int HORIZON_MONTHS = 12;

    /** Sizes at scale 1: the issue's "Flanders scale"; the municipalities are Flanders' real ones since 2025. */
    static final int MUNICIPALITIES = 285;

    static final int MUNICIPALITIES_PER_NETWORK = 5;
    static final int PARTNERS_PER_MUNICIPALITY = 10;
    static final int OFFERS = 50_000;

    /** What a run made. */
    public record Result(
            int municipalities,
            int postcodes,
            int networks,
            int partners,
            int locations,
            int offers,
            int schedules,
            long occurrences,
            long millis) {

        @Override
        public String toString() {
            return "%d municipalities (%d postcodes), %d networks, %d partners (%d locations), %d offers (%d schedules), %d occurrences in %.1f s"
                    .formatted(
                            municipalities,
                            postcodes,
                            networks,
                            partners,
                            locations,
                            offers,
                            schedules,
                            occurrences,
                            millis / 1000.0);
        }
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        String url = options.get("url");
        if (url == null || url.isBlank()) {
            System.err.println("Usage: FlandersData --url jdbc:postgresql://localhost:PORT/postgres [--user postgres]"
                    + " [--password secret] [--scale 1.0] [--seed 42] [--today yyyy-mm-dd] [--staff true]");
            System.exit(2);
        }
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now(ZONE);
        try (var connection = DriverManager.getConnection(
                url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            if (present(connection)) {
                log.info("Bench data present; nothing generated.");
            } else {
                log.info("Generating the Flanders data set at scale " + scale + " from " + today + " ...");
                var result = new FlandersData(seed, scale, today).generate(connection);
                log.info("Generated " + result);
            }
            // the staff side (accounts, referrals, lifecycle, plan, governance, meetings, feed) only when asked for:
            // the families' benchmark needs the offer alone
            if (Boolean.parseBoolean(options.getOrDefault("staff", "false"))) {
                if (FlandersStaffData.present(connection)) {
                    log.info("Staff bench data present; nothing generated.");
                } else {
                    log.info("Generating the staff data set at scale " + scale + " ...");
                    var result = new FlandersStaffData(seed, scale, today).generate(connection);
                    log.info("Generated " + result);
                }
            }
        }
    }

    /** Whether the database already holds generated networks. */
    public static boolean present(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select exists (select 1 from network where slug like ?)")) {
            statement.setString(1, SLUG_PREFIX + "%");
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private final Random random;
    private final double scale;
    private final LocalDate today;
    private final LocalDate last;

    public FlandersData(long seed, double scale, LocalDate today) {
        if (scale <= 0) {
            throw new IllegalArgumentException("scale must be positive");
        }
        this.random = new Random(seed);
        this.scale = scale;
        this.today = today;
        this.last = today.plusMonths(HORIZON_MONTHS);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The model of what is generated, before it becomes rows
    // ---------------------------------------------------------------------------------------------------------------

    record Network(UUID id, String name, String slug, List<Municipality> municipalities) {}

    record Location(UUID id, String street, String postcode, String city, double latitude, double longitude) {}

    record Partner(UUID id, String name, String kind, Network network, List<Location> locations, String domain) {}

    /** How an offer takes place; turned into one or two schedule rows. */
    enum Pattern {
        /** one date */
        ONCE,
        /** every week on one day, the whole year */
        WEEKLY,
        /** every other week */
        BIWEEKLY,
        /** once a month on a day of the month */
        MONTHLY,
        /** a course: four to eight weekly sessions */
        SERIES,
        /** a camp: five days in a row in a school holiday */
        CAMP,
        /** opening hours of a service: one or two weekdays */
        OPENING,
        /** a service on appointment: no schedule, no occurrences */
        APPOINTMENT
    }

    /**
     * One kind of offer, e.g. the playgroup. Ages in months; {@code null} is open. The partner kinds that run it keep
     * the data plausible (the library reads aloud, the consultation bureau weighs babies).
     */
    record Template(
            String name,
            String kind,
            Pattern pattern,
            String pillar,
            List<String> domains,
            List<String> audiences,
            Integer ageMin,
            Integer ageMax,
            double paidShare,
            int priceMax,
            boolean registration,
            List<String> partnerKinds,
            List<String> topics,
            List<String> whats) {}

    // ---------------------------------------------------------------------------------------------------------------
    // Word lists. Partners, streets and offers are invented; a coincidence with a real one is one. The
    // municipalities and postcodes are real (FlandersPlaces).
    // ---------------------------------------------------------------------------------------------------------------

    static final List<String> STREETS = List.of(
            "Kerkstraat",
            "Stationsstraat",
            "Dorpsstraat",
            "Molenstraat",
            "Schoolstraat",
            "Nieuwstraat",
            "Kapelstraat",
            "Beekstraat",
            "Lindenlaan",
            "Marktplein",
            "Heirbaan",
            "Veldstraat",
            "Kasteeldreef",
            "Bosstraat",
            "Populierenlaan",
            "Meersstraat",
            "Gemeenteplein",
            "Processiestraat",
            "Hoogstraat",
            "Brugstraat",
            "Zonnebloemstraat",
            "Pastoriestraat",
            "Jeugdlaan",
            "Speelpleinstraat",
            "Sportlaan",
            "Oude Baan");

    static final List<String> HOUSE_NAMES = List.of(
            "De Klimboom",
            "Het Speelhuis",
            "De Regenboog",
            "Het Vlindertje",
            "De Kabouterberg",
            "Zonnebloem",
            "De Ark",
            "Het Nestje",
            "De Toverfluit",
            "Kameleon",
            "De Vlieger",
            "Het Bijenkorfje",
            "De Wilgen",
            "Sterrenhemel",
            "De Boomgaard",
            "Het Molentje",
            "De Zandloper",
            "Kwetternest",
            "De Speelvogel",
            "Het Kompas",
            "De Brug",
            "Het Anker",
            "De Linde",
            "Den Appel",
            "Het Klavertje",
            "De Ooievaar",
            "Pluk",
            "De Parel",
            "Het Eiland");

    /** Partner kinds (PartnerKind) with how partners of that kind are called and how often they occur. */
    static final Map<String, List<String>> PARTNER_NAMES = new LinkedHashMap<>();

    static final Map<String, Integer> PARTNER_WEIGHTS = new LinkedHashMap<>();

    static {
        partnerKind("CHILDCARE", 16, "Kinderopvang {house}", "Kinderdagverblijf {house}", "Onthaalouders {town}");
        partnerKind(
                "SCHOOL", 14, "Basisschool {house}", "Vrije Basisschool {town}", "Gemeentelijke basisschool {town}");
        partnerKind("CONSULTATION_BUREAU", 6, "Consultatiebureau {town}", "Consultatiebureau {house}");
        partnerKind("SOCIAL_SERVICES", 7, "OCMW {town}", "Sociaal Huis {town}", "CAW-onthaal {town}");
        partnerKind("LIBRARY", 6, "Bibliotheek {town}", "Uitleenpost {house}");
        partnerKind("SPORT", 7, "Sportdienst {town}", "Zwembad {house}", "Turnkring {house}");
        partnerKind("CULTURE", 6, "Cultuurcentrum {house}", "Academie {town}", "Muziekschool {house}");
        partnerKind("YOUTH_WORK", 8, "Jeugdhuis {house}", "Speelpleinwerking {house}", "Jeugddienst {town}");
        partnerKind("HEALTH", 8, "Wijkgezondheidscentrum {house}", "Vroedvrouwenpraktijk {house}", "CLB {town}");
        partnerKind("HOUSING", 4, "Woonwinkel {town}", "Sociaal verhuurkantoor {town}");
        partnerKind("EMPLOYMENT", 3, "Werkwinkel {town}", "Jobhuis {town}");
        partnerKind("VOLUNTEER_ORGANISATION", 10, "Buurtwerk {house}", "Vzw {house}", "Gezinsbond {town}");
        partnerKind("OTHER", 5, "Ontmoetingshuis {house}", "Ouderraad {house}", "Huis van het Kind {town}");
    }

    private static void partnerKind(String kind, int weight, String... names) {
        PARTNER_NAMES.put(kind, List.of(names));
        PARTNER_WEIGHTS.put(kind, weight);
    }

    static final List<Template> TEMPLATES = List.of(
            new Template(
                    "Peuterspeelpleintje",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "MEETING_OTHERS",
                    List.of("MEETING_OTHERS", "LEISURE"),
                    List.of("PARENTS", "CHILDREN"),
                    12,
                    42,
                    0.2,
                    3,
                    false,
                    List.of("CHILDCARE", "OTHER", "VOLUNTEER_ORGANISATION", "SOCIAL_SERVICES"),
                    List.of(),
                    List.of(
                            "Peuters spelen samen terwijl ouders een koffie drinken en elkaar leren kennen.",
                            "Een speelruimte vol blokken, ballen en verkleedkleren waar je peuter andere kinderen ontmoet.",
                            "Kom spelen met je peuter en praat met andere ouders; een begeleider denkt mee als je vragen hebt.")),
            new Template(
                    "Babymassage",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "PARENTING_SUPPORT",
                    List.of("PARENTING_SUPPORT", "HEALTH"),
                    List.of("PARENTS", "CHILDREN"),
                    1,
                    9,
                    0.6,
                    40,
                    true,
                    List.of("CONSULTATION_BUREAU", "HEALTH", "OTHER", "CHILDCARE"),
                    List.of(),
                    List.of(
                            "In vier sessies leer je je baby zacht masseren: goed voor de band tussen ouder en kind en voor een rustige slaap.",
                            "Een vroedvrouw toont hoe je je baby masseert en vertelt over huidcontact, huilen en rust.",
                            "Babymassage helpt je baby ontspannen; je oefent met een pop en daarna met je eigen kindje.")),
            new Template(
                    "Infoavond",
                    "ACTIVITY",
                    Pattern.ONCE,
                    "PARENTING_SUPPORT",
                    List.of("PARENTING_SUPPORT"),
                    List.of("PARENTS"),
                    0,
                    72,
                    0.15,
                    5,
                    true,
                    List.of("CONSULTATION_BUREAU", "OTHER", "SCHOOL", "CHILDCARE", "HEALTH", "LIBRARY"),
                    List.of(
                            "slapen",
                            "zindelijkheid",
                            "driftbuien",
                            "schermtijd",
                            "gezonde voeding",
                            "tandjes",
                            "naar de kleuterschool",
                            "meertalig opvoeden",
                            "broers en zussen",
                            "spelen en ontwikkelen"),
                    List.of(
                            "Een avond met een deskundige over {topic}: wat is normaal, wat helpt en waar vind je steun.",
                            "Ouders vertellen, een pedagoog geeft tips over {topic} en er is tijd voor vragen.",
                            "Alles over {topic} in gewone taal, met voorbeelden uit het dagelijkse leven van gezinnen.")),
            new Template(
                    "Taalkamp",
                    "ACTIVITY",
                    Pattern.CAMP,
                    "MEETING_OTHERS",
                    List.of("EDUCATION", "LEISURE"),
                    List.of("CHILDREN"),
                    48,
                    144,
                    0.7,
                    90,
                    true,
                    List.of("YOUTH_WORK", "SCHOOL", "CULTURE", "LIBRARY"),
                    List.of("Nederlands", "Frans", "Engels"),
                    List.of(
                            "Een week spelen, knutselen en op uitstap, en ondertussen oefenen de kinderen hun {topic}.",
                            "Taalkamp {topic}: vijf dagen vol spel, liedjes en theater om een taal al doende te leren.",
                            "Kinderen oefenen {topic} in een vakantiekamp met sport, spel en een toonmoment voor ouders.")),
            new Template(
                    "Ruilkast",
                    "SERVICE",
                    Pattern.OPENING,
                    "MEETING_OTHERS",
                    List.of("PRACTICAL_SUPPORT", "MEETING_OTHERS"),
                    List.of("WHOLE_FAMILY"),
                    null,
                    null,
                    0.0,
                    0,
                    false,
                    List.of("VOLUNTEER_ORGANISATION", "SOCIAL_SERVICES", "LIBRARY", "OTHER"),
                    List.of("kinderkleding", "speelgoed", "boeken"),
                    List.of(
                            "Breng wat je kinderen ontgroeid zijn en neem mee wat je nodig hebt: {topic} gratis ruilen.",
                            "Een kast vol {topic} om te ruilen, open voor iedereen, zonder voorwaarden.",
                            "Ruilen in plaats van kopen: {topic} krijgen een tweede leven bij een ander gezin.")),
            new Template(
                    "Spreekuur",
                    "SERVICE",
                    Pattern.OPENING,
                    "PARENTING_SUPPORT",
                    List.of("PARENTING_SUPPORT", "MENTAL_WELLBEING"),
                    List.of("PARENTS", "EXPECTING_PARENTS"),
                    -9,
                    216,
                    0.0,
                    0,
                    false,
                    List.of("SOCIAL_SERVICES", "OTHER", "HEALTH", "CONSULTATION_BUREAU"),
                    List.of("opvoeding", "gezinsondersteuning", "opvoedingsvragen", "rechten en premies"),
                    List.of(
                            "Loop binnen met je vragen over {topic}; een medewerker luistert en zoekt samen met je verder.",
                            "Een vrij spreekuur over {topic}, zonder afspraak en zonder wachtlijst.",
                            "Met vragen over {topic} kan je hier terecht; we verwijzen door als iemand anders beter helpt.")),
            new Template(
                    "Ontdekkingsbrunch",
                    "ACTIVITY",
                    Pattern.MONTHLY,
                    "MEETING_OTHERS",
                    List.of("MEETING_OTHERS", "PARENTING_SUPPORT"),
                    List.of("WHOLE_FAMILY"),
                    0,
                    72,
                    0.5,
                    8,
                    true,
                    List.of("OTHER", "CHILDCARE", "VOLUNTEER_ORGANISATION", "LIBRARY", "CULTURE"),
                    List.of(),
                    List.of(
                            "Samen ontbijten met andere gezinnen en ontdekken wat er in de buurt te doen is voor jonge kinderen.",
                            "Een brunch waar partners van het Huis van het Kind zich voorstellen, met een speelhoek voor de kinderen.",
                            "Gezellig eten, spelen en kennismaken: elke maand een ander thema en andere gasten.")),
            new Template(
                    "Consultatie",
                    "SERVICE",
                    Pattern.OPENING,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH", "PARENTING_SUPPORT"),
                    List.of("PARENTS", "CHILDREN"),
                    0,
                    36,
                    0.0,
                    0,
                    true,
                    List.of("CONSULTATION_BUREAU"),
                    List.of("baby's en peuters", "jonge kinderen"),
                    List.of(
                            "Je kind wegen en meten, vaccinaties en een gesprek over voeding, slapen en ontwikkeling; voor {topic}.",
                            "Een arts en een verpleegkundige volgen de groei van {topic} op; gratis, op afspraak.")),
            new Template(
                    "Voorleesuurtje",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "MEETING_OTHERS",
                    List.of("EDUCATION", "LEISURE"),
                    List.of("CHILDREN", "PARENTS"),
                    24,
                    84,
                    0.0,
                    0,
                    false,
                    List.of("LIBRARY", "SCHOOL", "CULTURE"),
                    List.of(),
                    List.of(
                            "Voorlezen met prentenboeken, liedjes en een kleine knutsel; ouders en grootouders zijn welkom.",
                            "Een vertelster leest voor en de kinderen mogen nadien zelf boekjes kiezen om mee naar huis te nemen.")),
            new Template(
                    "Watergewenning",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH", "LEISURE"),
                    List.of("PARENTS", "CHILDREN"),
                    4,
                    36,
                    0.9,
                    60,
                    true,
                    List.of("SPORT"),
                    List.of(),
                    List.of(
                            "Samen met je baby of peuter het water leren kennen in een warm instructiebad.",
                            "Spelenderwijs wennen aan water, met een lesgever en je eigen kind in je armen.")),
            new Template(
                    "Zwangerschapscursus",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH", "PARENTING_SUPPORT"),
                    List.of("EXPECTING_PARENTS"),
                    -9,
                    0,
                    0.6,
                    75,
                    true,
                    List.of("HEALTH", "CONSULTATION_BUREAU"),
                    List.of(),
                    List.of(
                            "Een vroedvrouw bereidt aanstaande ouders voor op de bevalling, de eerste dagen en borstvoeding.",
                            "Ademhaling, ontspanning en praktische tips voor de eerste weken met je baby, samen met je partner.")),
            new Template(
                    "Borstvoedingscafé",
                    "ACTIVITY",
                    Pattern.MONTHLY,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH", "MEETING_OTHERS"),
                    List.of("EXPECTING_PARENTS", "PARENTS"),
                    -3,
                    24,
                    0.0,
                    0,
                    false,
                    List.of("HEALTH", "CONSULTATION_BUREAU", "OTHER"),
                    List.of(),
                    List.of(
                            "Mama's en aanstaande mama's wisselen ervaringen uit over borstvoeding, met een lactatiekundige.",
                            "Een ontspannen koffiemoment met ervaringen en advies over borstvoeding en afkolven.")),
            new Template(
                    "Huiswerkbegeleiding",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "PARENTING_SUPPORT",
                    List.of("EDUCATION"),
                    List.of("CHILDREN", "YOUNG_PEOPLE"),
                    72,
                    168,
                    0.0,
                    0,
                    true,
                    List.of("SCHOOL", "YOUTH_WORK", "VOLUNTEER_ORGANISATION", "LIBRARY", "SOCIAL_SERVICES"),
                    List.of(),
                    List.of(
                            "Vrijwilligers helpen kinderen met hun huiswerk en leren hen plannen, in een rustige ruimte.",
                            "Na school samen huiswerk maken, met een vieruurtje en hulp bij lezen en rekenen.")),
            new Template(
                    "Speel-o-theek",
                    "SERVICE",
                    Pattern.OPENING,
                    "MEETING_OTHERS",
                    List.of("LEISURE", "PRACTICAL_SUPPORT"),
                    List.of("WHOLE_FAMILY"),
                    0,
                    144,
                    0.5,
                    10,
                    false,
                    List.of("LIBRARY", "VOLUNTEER_ORGANISATION", "OTHER"),
                    List.of(),
                    List.of(
                            "Speelgoed en gezelschapsspelen uitlenen, zoals boeken in de bibliotheek.",
                            "Kies uit honderden spellen en speelgoed om thuis te gebruiken en breng ze na drie weken terug.")),
            new Template(
                    "Opvoedingsondersteuning aan huis",
                    "SERVICE",
                    Pattern.APPOINTMENT,
                    "PARENTING_SUPPORT",
                    List.of("PARENTING_SUPPORT", "MENTAL_WELLBEING"),
                    List.of("PARENTS"),
                    0,
                    216,
                    0.0,
                    0,
                    true,
                    List.of("SOCIAL_SERVICES", "HEALTH", "OTHER"),
                    List.of(),
                    List.of(
                            "Een begeleider komt bij je thuis en zoekt samen met jou naar wat werkt in jullie gezin.",
                            "Enkele gesprekken aan huis over opvoeding, ritme en grenzen, op jouw tempo.")),
            new Template(
                    "Budgetbegeleiding",
                    "SERVICE",
                    Pattern.APPOINTMENT,
                    "PARENTING_SUPPORT",
                    List.of("PRACTICAL_SUPPORT", "EMPLOYMENT"),
                    List.of("PARENTS"),
                    null,
                    null,
                    0.0,
                    0,
                    true,
                    List.of("SOCIAL_SERVICES", "EMPLOYMENT"),
                    List.of(),
                    List.of(
                            "Hulp bij rekeningen, premies en een budget dat klopt, zonder oordeel.",
                            "Samen je inkomsten en uitgaven op een rij zetten en kijken op welke tegemoetkomingen je recht hebt.")),
            new Template(
                    "Woonspreekuur",
                    "SERVICE",
                    Pattern.OPENING,
                    "PARENTING_SUPPORT",
                    List.of("HOUSING", "PRACTICAL_SUPPORT"),
                    List.of("PARENTS", "WHOLE_FAMILY"),
                    null,
                    null,
                    0.0,
                    0,
                    false,
                    List.of("HOUSING", "SOCIAL_SERVICES"),
                    List.of(),
                    List.of(
                            "Vragen over huren, een sociale woning, premies of vocht in huis: kom langs op het woonspreekuur.",
                            "Een woonconsulent helpt je met je huurcontract, een verhuis of een aanvraag voor een sociale woning.")),
            new Template(
                    "Jobcafé voor ouders",
                    "ACTIVITY",
                    Pattern.MONTHLY,
                    "MEETING_OTHERS",
                    List.of("EMPLOYMENT", "MEETING_OTHERS"),
                    List.of("PARENTS"),
                    null,
                    null,
                    0.0,
                    0,
                    false,
                    List.of("EMPLOYMENT", "SOCIAL_SERVICES"),
                    List.of(),
                    List.of(
                            "Werk zoeken met jonge kinderen: opvang, uren en sollicitaties bespreken bij een koffie.",
                            "Ouders op zoek naar werk ontmoeten elkaar en een jobcoach; kinderopvang ter plaatse.")),
            new Template(
                    "Praatgroep",
                    "ACTIVITY",
                    Pattern.BIWEEKLY,
                    "PARENTING_SUPPORT",
                    List.of("MENTAL_WELLBEING", "PARENTING_SUPPORT"),
                    List.of("PARENTS"),
                    0,
                    216,
                    0.0,
                    0,
                    true,
                    List.of("HEALTH", "SOCIAL_SERVICES", "OTHER", "SCHOOL"),
                    List.of(
                            "ouders van tieners",
                            "alleenstaande ouders",
                            "papa's",
                            "ouders van een kind met een beperking"),
                    List.of(
                            "Een praatgroep voor {topic}: ervaringen delen, steun vinden en merken dat je niet alleen bent.",
                            "Om de twee weken samenkomen met {topic}, begeleid door een ervaren hulpverlener.")),
            new Template(
                    "Taalcafé",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "MEETING_OTHERS",
                    List.of("MEETING_OTHERS", "EDUCATION"),
                    List.of("PARENTS"),
                    null,
                    null,
                    0.0,
                    0,
                    false,
                    List.of("LIBRARY", "VOLUNTEER_ORGANISATION", "SOCIAL_SERVICES", "CULTURE"),
                    List.of(),
                    List.of(
                            "Nederlands oefenen in een ontspannen sfeer, met vrijwilligers en andere ouders; kinderen spelen mee.",
                            "Praten over alledaagse dingen om je Nederlands te oefenen, bij een tas koffie.")),
            new Template(
                    "Kinderyoga",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "PREVENTIVE_HEALTH",
                    List.of("MENTAL_WELLBEING", "LEISURE"),
                    List.of("CHILDREN"),
                    36,
                    120,
                    0.9,
                    50,
                    true,
                    List.of("SPORT", "HEALTH", "CULTURE"),
                    List.of(),
                    List.of(
                            "Bewegen, ademen en tot rust komen met verhalen en spelletjes.",
                            "Yoga voor kinderen: soepel worden, evenwicht oefenen en leren ontspannen.")),
            new Template(
                    "Peutergym",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "PREVENTIVE_HEALTH",
                    List.of("LEISURE", "HEALTH"),
                    List.of("CHILDREN", "PARENTS"),
                    18,
                    42,
                    0.8,
                    45,
                    true,
                    List.of("SPORT"),
                    List.of(),
                    List.of(
                            "Klimmen, rollen, springen en kruipen op een parcours op maat van peuters, samen met een ouder.",
                            "Bewegingsschool voor de kleinsten: zo ontdekken ze wat hun lichaam kan.")),
            new Template(
                    "Muziek op schoot",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "MEETING_OTHERS",
                    List.of("LEISURE", "PARENTING_SUPPORT"),
                    List.of("PARENTS", "CHILDREN"),
                    3,
                    30,
                    0.8,
                    45,
                    true,
                    List.of("CULTURE", "LIBRARY"),
                    List.of(),
                    List.of(
                            "Zingen, wiegen en muziek maken met je baby of dreumes op schoot.",
                            "Liedjes, ritme en instrumentjes: muzikale momenten voor ouder en kind.")),
            new Template(
                    "Kookworkshop",
                    "ACTIVITY",
                    Pattern.ONCE,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH", "MEETING_OTHERS"),
                    List.of("WHOLE_FAMILY", "PARENTS"),
                    null,
                    null,
                    0.6,
                    15,
                    true,
                    List.of("HEALTH", "CULTURE", "SOCIAL_SERVICES", "VOLUNTEER_ORGANISATION"),
                    List.of("gezonde tussendoortjes", "koken met restjes", "brooddozen", "snelle gezinsmaaltijden"),
                    List.of(
                            "Samen koken en proeven: {topic} die lekker, gezond en betaalbaar zijn.",
                            "Een workshop over {topic}, met recepten om thuis mee aan de slag te gaan.")),
            new Template(
                    "EHBO bij baby's en peuters",
                    "ACTIVITY",
                    Pattern.ONCE,
                    "PREVENTIVE_HEALTH",
                    List.of("HEALTH"),
                    List.of("PARENTS", "EXPECTING_PARENTS"),
                    -3,
                    48,
                    0.5,
                    20,
                    true,
                    List.of("HEALTH", "CONSULTATION_BUREAU", "CHILDCARE", "OTHER"),
                    List.of(),
                    List.of(
                            "Wat doe je bij koorts, verslikken, een val of een brandwonde? Oefenen met een instructeur.",
                            "Een avond eerste hulp voor ouders van jonge kinderen, met oefenpoppen.")),
            new Template(
                    "Tweedehandsbeurs",
                    "ACTIVITY",
                    Pattern.ONCE,
                    "MEETING_OTHERS",
                    List.of("PRACTICAL_SUPPORT", "MEETING_OTHERS"),
                    List.of("WHOLE_FAMILY"),
                    null,
                    null,
                    0.1,
                    2,
                    false,
                    List.of("VOLUNTEER_ORGANISATION", "SCHOOL", "OTHER", "CHILDCARE"),
                    List.of("kinderkleding", "speelgoed en kinderfietsen", "babyspullen"),
                    List.of(
                            "Een beurs met {topic} aan kleine prijzen; wat overblijft gaat naar een goed doel.",
                            "Kopen en verkopen van {topic}: duurzaam en goedkoop, met een koffiehoek.")),
            new Template(
                    "Knutselnamiddag",
                    "ACTIVITY",
                    Pattern.BIWEEKLY,
                    "MEETING_OTHERS",
                    List.of("LEISURE", "MEETING_OTHERS"),
                    List.of("CHILDREN"),
                    36,
                    144,
                    0.3,
                    5,
                    false,
                    List.of("YOUTH_WORK", "LIBRARY", "CULTURE", "VOLUNTEER_ORGANISATION"),
                    List.of(),
                    List.of(
                            "Verven, plakken en bouwen met gerecupereerd materiaal; alles mag mee naar huis.",
                            "Een creatieve namiddag met een ander thema per keer, voor kinderen met en zonder ouder.")),
            new Template(
                    "Inloopmoment",
                    "ACTIVITY",
                    Pattern.WEEKLY,
                    "MEETING_OTHERS",
                    List.of("MEETING_OTHERS", "MENTAL_WELLBEING"),
                    List.of("PARENTS", "WHOLE_FAMILY"),
                    0,
                    72,
                    0.0,
                    0,
                    false,
                    List.of("OTHER", "SOCIAL_SERVICES", "CHILDCARE", "VOLUNTEER_ORGANISATION"),
                    List.of(),
                    List.of(
                            "Zonder afspraak binnenlopen voor een babbel, een vraag of gewoon wat gezelschap.",
                            "Een open huis voor ouders met jonge kinderen: koffie, speelgoed en een luisterend oor.")),
            new Template(
                    "Zomerspeelplein",
                    "ACTIVITY",
                    Pattern.CAMP,
                    "MEETING_OTHERS",
                    List.of("LEISURE", "CHILDCARE"),
                    List.of("CHILDREN", "YOUNG_PEOPLE"),
                    30,
                    168,
                    0.8,
                    40,
                    true,
                    List.of("YOUTH_WORK", "SPORT"),
                    List.of(),
                    List.of(
                            "Een week buiten spelen met animatoren: sport, spel, water en een uitstap.",
                            "Speelpleinwerking in de vakantie, met opvang voor en na en een warme maaltijd.")),
            new Template(
                    "Babysitcursus",
                    "ACTIVITY",
                    Pattern.SERIES,
                    "PARENTING_SUPPORT",
                    List.of("EDUCATION", "CHILDCARE"),
                    List.of("YOUNG_PEOPLE"),
                    168,
                    216,
                    0.7,
                    30,
                    true,
                    List.of("YOUTH_WORK", "VOLUNTEER_ORGANISATION"),
                    List.of(),
                    List.of(
                            "Jongeren leren hoe ze veilig en met plezier op kinderen passen, met een attest op het einde.",
                            "Spelletjes, verzorging en eerste hulp: alles wat een goede babysit moet weten.")),
            new Template(
                    "Papa-avond",
                    "ACTIVITY",
                    Pattern.MONTHLY,
                    "PARENTING_SUPPORT",
                    List.of("PARENTING_SUPPORT", "MEETING_OTHERS"),
                    List.of("PARENTS"),
                    0,
                    144,
                    0.0,
                    0,
                    false,
                    List.of("OTHER", "VOLUNTEER_ORGANISATION", "SOCIAL_SERVICES"),
                    List.of(),
                    List.of(
                            "Vaders praten over vaderschap, werk en gezin, bij een hapje en een drankje.",
                            "Een avond voor papa's: ervaringen delen en samen iets doen, telkens rond een ander thema.")),
            new Template(
                    "Kinderopvang",
                    "SERVICE",
                    Pattern.OPENING,
                    "PARENTING_SUPPORT",
                    List.of("CHILDCARE"),
                    List.of("CHILDREN"),
                    0,
                    36,
                    1.0,
                    30,
                    true,
                    List.of("CHILDCARE"),
                    List.of("met inkomenstarief", "occasionele opvang", "flexibele opvang"),
                    List.of(
                            "Opvang voor baby's en peuters in een kleine groep, {topic}.",
                            "Een warme plek voor je kind terwijl je werkt, studeert of een opleiding volgt; {topic}.")));

    static final List<String> LANGUAGES = List.of("fr", "en", "ar", "tr", "pl", "ro", "uk", "so");
    static final double[] LANGUAGE_SHARES = {0.3, 0.25, 0.08, 0.06, 0.05, 0.04, 0.04, 0.02};

    static final List<String> ACCESSIBILITY = List.of(
            "Rolstoeltoegankelijk, verzorgingstafel aanwezig.",
            "Toegankelijk met buggy en rolstoel; aangepast toilet.",
            "Gelijkvloers; parking voor de deur.",
            "Eerste verdieping zonder lift.",
            "Rustige ruimte om borstvoeding te geven.");

    // ---------------------------------------------------------------------------------------------------------------
    // Generation
    // ---------------------------------------------------------------------------------------------------------------

    /** Generates everything in one transaction, then updates the planner's statistics. */
    public Result generate(Connection connection) throws SQLException {
        long start = System.currentTimeMillis();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Municipality> municipalities =
                FlandersPlaces.region(FlandersPlaces.all(connection), scaled(MUNICIPALITIES, 2), random);
        List<Network> networks = networks(municipalities);
        List<Partner> partners = partners(networks);
        long occurrences;
        int schedules;
        int locations = partners.stream().mapToInt(p -> p.locations().size()).sum();
        int postcodes = (int) municipalities.stream()
                .flatMap(m -> m.postcodes().stream().map(Postcode::code))
                .distinct()
                .count();
        int offers = scaled(OFFERS, 10);
        try {
            try (var statement = connection.createStatement()) {
                // a bulk load that can be redone: no need to wait for the disk at each commit
                statement.execute("set local synchronous_commit = off");
            }
            copyIn(copy, "network (id, name, slug, has_house)", networkRows(networks));
            copyIn(
                    copy,
                    "municipality (id, network_id, position, name, postcodes, nis_code)",
                    municipalityRows(networks));
            copyIn(copy, "partner (id, name, description, kind, life_domains, reach, website)", partnerRows(partners));
            copyIn(
                    copy,
                    "partner_location (id, partner_id, position, name, street, postcode, city, latitude, longitude)",
                    locationRows(partners));
            copyIn(copy, "network_partner (network_id, partner_id, core)", networkPartnerRows(partners, networks));
            var rows = offerRows(partners, offers);
            try (var statement = connection.createStatement()) {
                // The search vocabulary (offer_word) is kept by a row trigger that upserts every word of every offer:
                // in one bulk transaction the common words' rows get tens of thousands of versions to walk. Loaded
                // without it, the vocabulary is counted once afterwards, as the migration that created it does.
                statement.execute("alter table offer disable trigger offer_word_insert");
            }
            copyIn(copy, OFFER_COLUMNS, rows.offers());
            try (var statement = connection.createStatement()) {
                statement.execute("alter table offer enable trigger offer_word_insert");
                statement.execute("delete from offer_word");
                statement.execute("insert into offer_word (word, offers) select w, count(*) from offer,"
                        + " stiel_words(name || ' ' || coalesce(description, '')) w group by w");
            }
            copyIn(copy, "offer_cost_option (id, offer_id, position, option, amount)", rows.costOptions());
            copyIn(copy, "offer_location (offer_id, position, location_id)", rows.locations());
            copyIn(copy, SCHEDULE_COLUMNS, rows.schedules());
            schedules = rows.scheduleCount();
            occurrences = expandOccurrences(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Setting last_start updated every offer once more, which left half of the offer table dead: a database
            // that grew offer by offer has no such bloat, so the table is rewritten.
            statement.execute("vacuum (full) offer");
            // fresh statistics and a visibility map, as a long-running database would have
            statement.execute("vacuum (analyze) place_postcode, place_municipality, network, municipality, partner,"
                    + " partner_location,"
                    + " network_partner, offer, offer_cost_option, offer_location, offer_schedule, offer_occurrence");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Result(
                municipalities.size(),
                postcodes,
                networks.size(),
                partners.size(),
                locations,
                offers,
                schedules,
                occurrences,
                System.currentTimeMillis() - start);
    }

    private int scaled(int size, int minimum) {
        return Math.max(minimum, (int) Math.round(size * scale));
    }

    /** Neighbouring municipalities form a network ({@link FlandersPlaces#networks}), five at a time. */
    List<Network> networks(List<Municipality> municipalities) {
        List<Network> networks = new ArrayList<>();
        for (var members : FlandersPlaces.networks(municipalities, MUNICIPALITIES_PER_NETWORK)) {
            String first = members.getFirst().name();
            String name = members.size() > 1
                    ? "Huis van het Kind " + first + "-" + members.get(1).name()
                    : "Huis van het Kind " + first;
            String slug = SLUG_PREFIX
                    + (networks.size() + 1)
                    + "-"
                    + first.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            networks.add(new Network(uuid(), name, slug, List.copyOf(members)));
        }
        return networks;
    }

    List<Partner> partners(List<Network> networks) {
        int total =
                PARTNER_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        List<Partner> partners = new ArrayList<>();
        for (var network : networks) {
            int count = network.municipalities().size() * PARTNERS_PER_MUNICIPALITY;
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(total);
                String kind = null;
                for (var entry : PARTNER_WEIGHTS.entrySet()) {
                    roll -= entry.getValue();
                    if (roll < 0) {
                        kind = entry.getKey();
                        break;
                    }
                }
                var town = pick(network.municipalities());
                String name = pick(PARTNER_NAMES.get(kind))
                        .replace("{town}", town.name())
                        .replace("{house}", pick(HOUSE_NAMES));
                String domain = name.toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("^-|-$", "")
                        + "-" + partners.size()
                        + ".example";
                List<Location> locations = new ArrayList<>();
                int places = 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0);
                for (int p = 0; p < places; p++) {
                    // an address as people write it: a postcode of the municipality and its place's name, a
                    // kilometre or two from the place's point
                    var where = pick((p == 0 ? town : pick(network.municipalities())).postcodes());
                    locations.add(new Location(
                            uuid(),
                            pick(STREETS) + " " + (1 + random.nextInt(180)),
                            where.code(),
                            where.place(),
                            where.latitude() + (random.nextDouble() - 0.5) * 0.03,
                            where.longitude() + (random.nextDouble() - 0.5) * 0.045));
                }
                partners.add(new Partner(uuid(), name, kind, network, locations, domain));
            }
        }
        return partners;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rows in COPY text format
    // ---------------------------------------------------------------------------------------------------------------

    private String networkRows(List<Network> networks) {
        var out = new StringBuilder();
        for (var n : networks) {
            row(out, n.id(), n.name(), n.slug(), false);
        }
        return out.toString();
    }

    private String municipalityRows(List<Network> networks) {
        var out = new StringBuilder();
        for (var n : networks) {
            for (int i = 0; i < n.municipalities().size(); i++) {
                var m = n.municipalities().get(i);
                var postcodes =
                        m.postcodes().stream().map(Postcode::code).distinct().toList();
                row(out, uuid(), n.id(), i, m.name(), array(postcodes), m.nisCode());
            }
        }
        return out.toString();
    }

    private String partnerRows(List<Partner> partners) {
        var out = new StringBuilder();
        for (var p : partners) {
            var domains = kindDomains(p.kind());
            row(
                    out,
                    p.id(),
                    p.name(),
                    p.name() + " werkt voor gezinnen in " + p.network().name().replace("Huis van het Kind ", "")
                            + ". Fictieve partner, gegenereerd voor de benchmark.",
                    p.kind(),
                    array(domains),
                    random.nextDouble() < 0.7 ? "UNIVERSAL" : random.nextBoolean() ? "TARGETED" : "BOTH",
                    "https://" + p.domain());
        }
        return out.toString();
    }

    static List<String> kindDomains(String kind) {
        return switch (kind) {
            case "CHILDCARE" -> List.of("CHILDCARE", "PARENTING_SUPPORT");
            case "SCHOOL" -> List.of("EDUCATION");
            case "CONSULTATION_BUREAU" -> List.of("HEALTH", "PARENTING_SUPPORT");
            case "SOCIAL_SERVICES" -> List.of("PRACTICAL_SUPPORT", "HOUSING", "MENTAL_WELLBEING");
            case "LIBRARY" -> List.of("EDUCATION", "LEISURE", "MEETING_OTHERS");
            case "SPORT", "CULTURE" -> List.of("LEISURE");
            case "YOUTH_WORK" -> List.of("LEISURE", "MEETING_OTHERS");
            case "HEALTH" -> List.of("HEALTH", "MENTAL_WELLBEING");
            case "HOUSING" -> List.of("HOUSING");
            case "EMPLOYMENT" -> List.of("EMPLOYMENT");
            default -> List.of("MEETING_OTHERS", "PARENTING_SUPPORT");
        };
    }

    private String locationRows(List<Partner> partners) {
        var out = new StringBuilder();
        for (var p : partners) {
            for (int i = 0; i < p.locations().size(); i++) {
                var l = p.locations().get(i);
                row(
                        out,
                        l.id(),
                        p.id(),
                        i,
                        i == 0 ? null : "Antenne " + l.city(),
                        l.street(),
                        l.postcode(),
                        l.city(),
                        l.latitude(),
                        l.longitude());
            }
        }
        return out.toString();
    }

    /** Every partner in its own network; about one in twelve also works in the next network (as in real life). */
    private String networkPartnerRows(List<Partner> partners, List<Network> networks) {
        var out = new StringBuilder();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < networks.size(); i++) {
            index.put(networks.get(i).id(), i);
        }
        for (var p : partners) {
            row(out, p.network().id(), p.id(), random.nextDouble() < 0.2);
            if (networks.size() > 1 && random.nextDouble() < 0.08) {
                var other = networks.get((index.get(p.network().id()) + 1) % networks.size());
                row(out, other.id(), p.id(), false);
            }
        }
        return out.toString();
    }

    static final String OFFER_COLUMNS = "offer (id, partner_id, kind, name, description, audiences, age_min_months,"
            + " age_max_months, cost, price, reduced_tariff, cost_notes, languages, interpretation, accessibility,"
            + " registration_required, registration_how, registration_url, capacity, places_left, reach, pillar,"
            + " life_domains, status, online, online_url, contact_name, contact_email, contact_phone, published,"
            + " last_verified, closed_in_school_holidays)";

    static final String SCHEDULE_COLUMNS = "offer_schedule (id, offer_id, position, description, valid_from, valid_to,"
            + " dtstart, opens_at, closes_at, freq, \"interval\", byday, bymonthday, count, until)";

    record OfferRows(String offers, String costOptions, String locations, String schedules, int scheduleCount) {}

    private OfferRows offerRows(List<Partner> partners, int count) {
        Map<String, List<Template>> byKind = new HashMap<>();
        for (var t : TEMPLATES) {
            for (String kind : t.partnerKinds()) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(t);
            }
        }
        var offers = new StringBuilder(count * 700);
        var costOptions = new StringBuilder();
        var locations = new StringBuilder();
        var schedules = new StringBuilder();
        int scheduleCount = 0;
        for (int n = 0; n < count; n++) {
            // a few big partners offer a lot, most a little
            var partner = partners.get((int) (partners.size() * Math.pow(random.nextDouble(), 1.3)));
            var candidates = byKind.getOrDefault(partner.kind(), TEMPLATES);
            var t = random.nextDouble() < 0.85 ? pick(candidates) : pick(TEMPLATES);
            UUID id = uuid();
            String topic = t.topics().isEmpty() ? null : pick(t.topics());
            var place = pick(partner.locations());
            String name = offerName(t, topic, place, partner);
            boolean paid = random.nextDouble() < t.paidShare();
            BigDecimal price = paid ? BigDecimal.valueOf(1 + random.nextInt(Math.max(1, t.priceMax()))) : null;
            boolean reduced = paid && random.nextDouble() < 0.6;
            var languages = new ArrayList<String>();
            languages.add("nl");
            for (int i = 0; i < LANGUAGES.size(); i++) {
                if (random.nextDouble() < LANGUAGE_SHARES[i]) {
                    languages.add(LANGUAGES.get(i));
                }
            }
            boolean online = t.pattern() != Pattern.CAMP && random.nextDouble() < 0.04;
            double statusRoll = random.nextDouble();
            String status = statusRoll < 0.9 ? "ACTIVE" : statusRoll < 0.96 ? "TEMPORARILY_CLOSED" : "ENDED";
            Integer capacity = t.registration() && t.kind().equals("ACTIVITY") ? 8 + random.nextInt(33) : null;
            Integer placesLeft = capacity == null ? null : random.nextInt(capacity + 1);
            // most offers were checked in the last months; one in eight is overdue (more than six months)
            LocalDate verified =
                    today.minusDays(random.nextDouble() < 0.125 ? 183 + random.nextInt(400) : random.nextInt(180));
            row(
                    offers,
                    id,
                    partner.id(),
                    t.kind(),
                    name,
                    description(t, topic, place, paid, reduced, languages.size() > 1),
                    array(t.audiences()),
                    t.ageMin(),
                    t.ageMax(),
                    paid ? "PAID" : "FREE",
                    price,
                    reduced,
                    reduced ? "Kansentarief met UiTPAS." : null,
                    array(languages),
                    random.nextDouble() < 0.15,
                    random.nextDouble() < 0.6 ? pick(ACCESSIBILITY) : null,
                    t.registration(),
                    t.registration() ? "Inschrijven via de website of aan het onthaal." : null,
                    t.registration() && random.nextBoolean() ? "https://" + partner.domain() + "/inschrijven" : null,
                    capacity,
                    placesLeft,
                    random.nextDouble() < 0.75 ? "UNIVERSAL" : "EXTRA",
                    t.pillar(),
                    array(t.domains()),
                    status,
                    online,
                    online ? "https://" + partner.domain() + "/online" : null,
                    random.nextBoolean() ? "Onthaal" : "Coördinator gezinswerking",
                    "info@" + partner.domain(),
                    "0" + (2 + random.nextInt(8)) + " 000 " + (10 + random.nextInt(90)) + " "
                            + (10 + random.nextInt(90)),
                    random.nextDouble() < 0.96,
                    verified,
                    t.pattern() == Pattern.WEEKLY && random.nextDouble() < 0.3);
            if (reduced) {
                row(
                        costOptions,
                        uuid(),
                        id,
                        0,
                        "kansentarief",
                        price.multiply(BigDecimal.valueOf(0.2)).setScale(2, java.math.RoundingMode.HALF_UP));
            }
            if (!online) {
                row(locations, id, 0, place.id());
            }
            scheduleCount += schedules(schedules, id, t);
        }
        return new OfferRows(
                offers.toString(), costOptions.toString(), locations.toString(), schedules.toString(), scheduleCount);
    }

    private String offerName(Template t, String topic, Location place, Partner partner) {
        var name = new StringBuilder(t.name());
        if (topic != null && (t.name().equals("Infoavond") || t.name().equals("Taalkamp"))) {
            name.append(t.name().equals("Infoavond") ? ": " : " ").append(topic);
        } else if (topic != null && t.name().equals("Praatgroep")) {
            name.append(" voor ").append(topic);
        }
        double roll = random.nextDouble();
        if (roll < 0.3) {
            name.append(" in ").append(place.city());
        } else if (roll < 0.45) {
            name.append(" ").append(pick(HOUSE_NAMES));
        } else if (roll < 0.55 && t.ageMin() != null && t.ageMax() != null && t.ageMin() >= 24) {
            name.append(" (")
                    .append(t.ageMin() / 12)
                    .append("-")
                    .append(t.ageMax() / 12)
                    .append(" jaar)");
        } else if (roll < 0.6) {
            name.append(" bij ").append(partner.name());
        }
        return name.toString();
    }

    private String description(
            Template t, String topic, Location place, boolean paid, boolean reduced, boolean languages) {
        var text = new StringBuilder(pick(t.whats()).replace("{topic}", topic == null ? "" : topic));
        text.append(' ')
                .append(pick(List.of("Afspraak in", "We zitten in", "Plaats:", "Je vindt ons in")))
                .append(' ')
                .append(place.street())
                .append(", ")
                .append(place.city())
                .append('.');
        if (!paid) {
            text.append(pick(List.of(" Gratis.", " Deelname is gratis.", " Je betaalt niets.")));
        } else if (reduced) {
            text.append(" Met UiTPAS betaal je het kansentarief.");
        }
        if (languages) {
            text.append(" We spreken ook andere talen dan Nederlands.");
        }
        if (t.registration()) {
            text.append(pick(List.of(" Inschrijven is nodig.", " Schrijf je vooraf in: de plaatsen zijn beperkt.")));
        } else {
            text.append(pick(List.of(" Kom gewoon langs.", " Inschrijven hoeft niet.")));
        }
        text.append(" Fictief aanbod, gegenereerd voor de benchmark.");
        return text.toString();
    }

    /**
     * The schedule rows of one offer, written so that SQL can expand them exactly as the application's RRULE
     * expansion would: weekly rules have one weekday and start on it, monthly rules start on their day of the month.
     */
    private int schedules(StringBuilder out, UUID offer, Template t) {
        LocalTime[] slot = slot(t);
        switch (t.pattern()) {
            case APPOINTMENT -> {
                return 0;
            }
            case ONCE -> {
                LocalDate day = today.plusDays(random.nextInt(330));
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.plusDays(1);
                }
                schedule(out, offer, 0, null, day, slot, null, 1, null, null, null, null);
                return 1;
            }
            case WEEKLY, BIWEEKLY -> {
                // started some time ago, runs for the school year or on
                LocalDate start = weekday(today.minusDays(random.nextInt(200)));
                LocalDate until = random.nextDouble() < 0.4 ? LocalDate.of(today.getYear() + 1, Month.JUNE, 30) : null;
                int interval = t.pattern() == Pattern.BIWEEKLY ? 2 : 1;
                schedule(out, offer, 0, null, start, slot, "WEEKLY", interval, byday(start), null, null, until);
                return 1;
            }
            case MONTHLY -> {
                int day = 1 + random.nextInt(28);
                LocalDate start = today.minusMonths(random.nextInt(6)).withDayOfMonth(day);
                schedule(out, offer, 0, null, start, slot, "MONTHLY", 1, null, day, null, null);
                return 1;
            }
            case SERIES -> {
                LocalDate start = weekday(today.plusDays(random.nextInt(300)));
                schedule(
                        out, offer, 0, null, start, slot, "WEEKLY", 1, byday(start), null, 4 + random.nextInt(5), null);
                return 1;
            }
            case CAMP -> {
                // a week of five days in the next summer, autumn or Easter holiday
                LocalDate monday = holidayMonday();
                schedule(out, offer, 0, "Kampweek", monday, slot, "DAILY", 1, null, null, 5, null);
                return 1;
            }
            case OPENING -> {
                LocalDate first = weekday(today.minusDays(random.nextInt(300)));
                schedule(out, offer, 0, "Openingsuren", first, slot, "WEEKLY", 1, byday(first), null, null, null);
                if (random.nextDouble() < 0.4) {
                    LocalDate second = weekday(first.plusDays(1 + random.nextInt(5)));
                    LocalTime[] afternoon = {LocalTime.of(13, 30), LocalTime.of(16, 30)};
                    int interval = random.nextDouble() < 0.5 ? 2 : 1;
                    schedule(
                            out,
                            offer,
                            1,
                            null,
                            second,
                            afternoon,
                            "WEEKLY",
                            interval,
                            byday(second),
                            null,
                            null,
                            null);
                    return 2;
                }
                return 1;
            }
            default -> throw new IllegalStateException(t.pattern().name());
        }
    }

    private void schedule(
            StringBuilder out,
            UUID offer,
            int position,
            String description,
            LocalDate dtstart,
            LocalTime[] slot,
            String freq,
            int interval,
            String byday,
            Integer bymonthday,
            Integer count,
            LocalDate until) {
        row(
                out,
                uuid(),
                offer,
                position,
                description,
                null,
                null,
                dtstart,
                slot == null ? null : slot[0],
                slot == null ? null : slot[1],
                freq,
                freq == null ? null : interval,
                byday,
                bymonthday,
                count,
                until);
    }

    /** A time of day that fits: evenings for info evenings, afternoons for children after school. */
    private LocalTime[] slot(Template t) {
        if (t.pattern() == Pattern.APPOINTMENT) {
            return null;
        }
        if (t.name().equals("Tweedehandsbeurs") && random.nextDouble() < 0.3) {
            // an all-day event: no hours
            return null;
        }
        if (t.name().startsWith("Infoavond")
                || t.name().startsWith("Papa")
                || t.name().startsWith("EHBO")) {
            return new LocalTime[] {LocalTime.of(19, 30), LocalTime.of(21, 30)};
        }
        if (t.pattern() == Pattern.CAMP) {
            return new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(16, 0)};
        }
        if (t.pattern() == Pattern.OPENING) {
            int open = 8 + random.nextInt(3);
            return new LocalTime[] {LocalTime.of(open, random.nextBoolean() ? 0 : 30), LocalTime.of(open + 4, 0)};
        }
        return switch (random.nextInt(3)) {
            case 0 -> new LocalTime[] {LocalTime.of(9, 30), LocalTime.of(11, 30)};
            case 1 -> new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(16, 0)};
            default -> new LocalTime[] {LocalTime.of(16, 0), LocalTime.of(17, 30)};
        };
    }

    /** The day itself if it is Monday to Saturday, else the Monday after. */
    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static String byday(LocalDate day) {
        return day.getDayOfWeek().name().substring(0, 2);
    }

    private LocalDate holidayMonday() {
        List<LocalDate> mondays = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (var day : List.of(
                    LocalDate.of(year, Month.JULY, 7),
                    LocalDate.of(year, Month.JULY, 21),
                    LocalDate.of(year, Month.AUGUST, 4),
                    LocalDate.of(year, Month.AUGUST, 18),
                    LocalDate.of(year, Month.OCTOBER, 27),
                    LocalDate.of(year, Month.APRIL, 7))) {
                LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                if (!monday.isBefore(today) && !monday.plusDays(4).isAfter(last)) {
                    mondays.add(monday);
                }
            }
        }
        return mondays.isEmpty() ? weekday(today.plusDays(7)) : pick(mondays);
    }

    /**
     * Every occurrence from today to the horizon, in SQL: a series per schedule stepped by its frequency and
     * interval, cut by COUNT (counted from dtstart, as RFC 5545 does), UNTIL and the window; Belgian local time.
     * Only active offers take place (as Occurrences.rewrite).
     */
    private long expandOccurrences(Connection connection) throws SQLException {
        String sql = """
                insert into offer_occurrence (offer_id, schedule_id, starts_at, ends_at, all_day)
                select s.offer_id, s.id,
                       case when s.opens_at is null then g.day::timestamp
                            else g.day + s.opens_at end at time zone 'Europe/Brussels',
                       case when s.opens_at is null then (g.day + 1)::timestamp
                            else g.day + coalesce(s.closes_at, s.opens_at) end at time zone 'Europe/Brussels',
                       s.opens_at is null
                from offer_schedule s
                join offer o on o.id = s.offer_id and o.status = 'ACTIVE'
                cross join lateral (
                    select t::date as day, n as number
                    from generate_series(s.dtstart::timestamp,
                                         least(coalesce(s.until, ?::date), ?::date)::timestamp,
                                         case s.freq when 'DAILY' then make_interval(days => s."interval")
                                                     when 'WEEKLY' then make_interval(weeks => s."interval")
                                                     when 'MONTHLY' then make_interval(months => s."interval")
                                                     else interval '1 day' end) with ordinality as x(t, n)
                ) g
                where (s.freq is not null or g.number = 1)
                  and (s.count is null or g.number <= s.count)
                  and g.day >= ?::date
                  and exists (select 1 from network_partner np join network n on n.id = np.network_id
                              where np.partner_id = o.partner_id and n.slug like ?)
                on conflict do nothing
                """;
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, last);
            statement.setObject(2, last);
            statement.setObject(3, today);
            statement.setString(4, SLUG_PREFIX + "%");
            long inserted = statement.executeLargeUpdate();
            // as Occurrences.rewrite does for one offer
            try (var update = connection.createStatement()) {
                update.executeUpdate("""
                        update offer o set last_start = m.last_start
                        from (select offer_id, max(starts_at) as last_start from offer_occurrence group by offer_id) m
                        where m.offer_id = o.id
                        """);
            }
            return inserted;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------------------------

    static void copyIn(org.postgresql.copy.CopyManager copy, String table, String rows) throws SQLException {
        try {
            copy.copyIn("copy " + table + " from stdin", new StringReader(rows));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** One line in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else {
                String text = value.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }

    /** A PostgreSQL array literal of simple words (no quotes needed for the values generated here). */
    static String array(List<String> values) {
        var out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A version-4 UUID from the seeded random, so that a run can be repeated exactly. */
    private UUID uuid() {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
