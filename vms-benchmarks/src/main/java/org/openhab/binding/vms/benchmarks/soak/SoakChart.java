/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.vms.benchmarks.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The soak's plot: one panel per sampled quantity (heap after GC, threads, file descriptors, storage) over the run's
 * minutes, each with its bound drawn from the end of the warm-up on. Written as one PNG with XChart.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakChart {

    private SoakChart() {
    }

    static void write(Path file, List<SoakSample> samples, List<SoakBound> bounds, SoakSample baseline,
            String title) throws IOException {
        List<XYChart> charts = new ArrayList<>();
        double[] minutes = samples.stream().mapToDouble(SoakSample::minutes).toArray();
        for (SoakBound bound : bounds) {
            XYChart chart = new XYChartBuilder().width(640).height(420).title(bound.title() + " — " + title)
                    .xAxisTitle("minutes").yAxisTitle(bound.unit()).build();
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setMarkerSize(5)
                    .setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(13f));
            chart.getStyler().setYAxisMin(0.0);
            XYSeries measured = chart.addSeries(bound.title(), minutes,
                    samples.stream().mapToDouble(bound.value()).toArray());
            measured.setMarker(SeriesMarkers.CIRCLE);
            if (bound.extra() != null) {
                SoakBound.Series extra = bound.extra();
                chart.addSeries(extra.name(), minutes, samples.stream().mapToDouble(extra.value()).toArray())
                        .setMarker(SeriesMarkers.DIAMOND);
            }
            double limit = bound.value().applyAsDouble(baseline) + bound.limit();
            double last = Math.max(minutes[minutes.length - 1], baseline.minutes());
            chart.addSeries("bound: baseline after the warm-up + " + bound.limitText(), new double[] { baseline.minutes(), last },
                    new double[] { limit, limit }).setMarker(SeriesMarkers.NONE);
            charts.add(chart);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BitmapEncoder.saveBitmap(charts, 2, 2, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
