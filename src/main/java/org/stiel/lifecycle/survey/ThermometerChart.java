package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The thermometer over time, ready to draw: per round the spread of temperatures (lowest to highest) as a bar and the
 * median as a point, the medians joined by a line. The scale runs from −5 at the bottom to 20 at the top.
 */
public record ThermometerChart(List<Column> columns, String medianLine, List<Tick> ticks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    static final int LEFT = 50;
    static final int TOP = 20;
    static final int PLOT_HEIGHT = 240;

    public record Column(String title, double x, Double low, Double high, Double median, int count) {}

    public record Tick(int temperature, double y) {}

    public static double y(double temperature) {
        return TOP + (20 - temperature) / 25.0 * PLOT_HEIGHT;
    }

    public static ThermometerChart of(List<RoundTemperature> rounds) {
        List<Column> columns = new ArrayList<>();
        int n = rounds.size();
        double step = n == 0 ? 0 : (WIDTH - LEFT - 30) / (double) n;
        for (int i = 0; i < n; i++) {
            var r = rounds.get(i);
            var t = r.thermometer();
            double x = LEFT + step * i + step / 2;
            if (!t.shown()) {
                columns.add(new Column(r.round().title(), x, null, null, null, t.count()));
            } else {
                columns.add(new Column(r.round().title(), x, y(t.low()), y(t.high()), y(t.median()), t.count()));
            }
        }
        String line = columns.stream()
                .filter(c -> c.median() != null)
                .map(c -> c.x() + "," + c.median())
                .collect(Collectors.joining(" "));
        List<Tick> ticks = new ArrayList<>();
        for (int t = -5; t <= 20; t += 5) {
            ticks.add(new Tick(t, y(t)));
        }
        return new ThermometerChart(columns, line, ticks);
    }
}
