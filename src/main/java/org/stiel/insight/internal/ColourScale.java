package org.stiel.insight.internal;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classes of a value for the gap pictures: 1 to 3 ascending thresholds make 2 to 4 classes, each with a colour of
 * ColorBrewer's red–blue scale (safe for the common kinds of colour blindness, and readable in grey print), red where
 * it is worst. A value without a figure gets a grey of its own, never a class colour.
 *
 * @param thresholds ascending bounds: a value below the first is in class 0, at or above the last in the last class
 * @param higherIsBetter true for supply (few offers per 1 000 children is the gap, so red); false for a gap score
 */
public record ColourScale(List<Double> thresholds, boolean higherIsBetter) {

    /** ColorBrewer RdBu, 4 classes, worst first. */
    private static final List<String> FOUR = List.of("#ca0020", "#f4a582", "#92c5de", "#0571b0");
    /** ColorBrewer RdBu, 3 classes without its near-white middle (too faint on white), worst first. */
    private static final List<String> THREE = List.of("#ca0020", "#f4a582", "#0571b0");

    private static final List<String> TWO = List.of("#ca0020", "#0571b0");

    /** The colour of a value without a figure. */
    public static final String NONE = "#e9ecef";

    public ColourScale {
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty() || thresholds.size() > 3) {
            throw new IllegalArgumentException("1 to 3 thresholds");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (!(thresholds.get(i) > thresholds.get(i - 1))) {
                throw new IllegalArgumentException("Thresholds must ascend: " + thresholds);
            }
        }
    }

    /** A scale for supply: more is better. */
    public static ColourScale supply(double... thresholds) {
        return new ColourScale(boxed(thresholds), true);
    }

    /** A scale for a gap score or a count of declines: more is worse. */
    public static ColourScale need(double... thresholds) {
        return new ColourScale(boxed(thresholds), false);
    }

    /** How many classes the scale has. */
    public int classes() {
        return thresholds.size() + 1;
    }

    /** The class of a value, 0 for the lowest values. */
    public int classOf(double value) {
        int c = 0;
        while (c < thresholds.size() && value >= thresholds.get(c)) {
            c++;
        }
        return c;
    }

    /** The fill of a value; {@link #NONE} for {@code null}. */
    public String colour(Double value) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        return colourOfClass(classOf(value));
    }

    /** The colour of a class, 0 for the lowest values. */
    public String colourOfClass(int c) {
        List<String> palette = switch (classes()) {
            case 2 -> TWO;
            case 3 -> THREE;
            default -> FOUR;
        };
        return higherIsBetter ? palette.get(c) : palette.get(palette.size() - 1 - c);
    }

    /** The legend's text per class, lowest first: "< 2", "2–5", "≥ 5" in the reader's number format. */
    public List<String> legend(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        // as people round: 6.25 is 6.3 (NumberFormat's default rounds half to even)
        format.setRoundingMode(RoundingMode.HALF_UP);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes(); c++) {
            if (c == 0) {
                labels.add("< " + format.format(thresholds.getFirst()));
            } else if (c == classes() - 1) {
                labels.add("≥ " + format.format(thresholds.getLast()));
            } else {
                labels.add(format.format(thresholds.get(c - 1)) + "–" + format.format(thresholds.get(c)));
            }
        }
        return labels;
    }

    /** Black or white, whichever reads better on the fill (WCAG contrast); the fill is a #rrggbb colour. */
    public static String textOn(String fill) {
        double luminance = luminance(fill);
        double onWhite = (1.05) / (luminance + 0.05);
        double onBlack = (luminance + 0.05) / 0.05;
        return onBlack >= onWhite ? "#000000" : "#ffffff";
    }

    /** WCAG contrast ratio of two #rrggbb colours. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
