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

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What one soak run does, from its command line: {@code --minutes 30 --messages 1000000 --reconnects 1000} (the
 * defaults), {@code --sample-seconds 60}, {@code --cameras 1000 --intercoms 50}, {@code --figures
 * target/results/soak.json} and {@code --chart ../docs/soak.png}. The warm-up is the first sixth of the run.
 *
 * @param duration how long the messages and faults are spread over (the run takes longer if they take longer)
 * @param messages messages to publish in all
 * @param reconnects forced reconnects in all (soketi restarts, network cuts and logouts, in turn)
 * @param sampleInterval time between two samples
 * @param cameras camera Things under the bridge
 * @param intercoms intercom Things under the bridge
 * @param figures where the figures go (JSON, read by {@code SoakReport})
 * @param chart where the plot goes (PNG)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record SoakOptions(Duration duration, long messages, int reconnects, Duration sampleInterval, int cameras,
        int intercoms, Path figures, Path chart) {

    static SoakOptions parse(String[] args) {
        double minutes = 30;
        long messages = 1_000_000;
        int reconnects = 1000;
        double sampleSeconds = 60;
        int cameras = 1000;
        int intercoms = 50;
        Path figures = Path.of("target", "results", "soak.json");
        Path chart = Path.of("..", "docs", "soak.png");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--messages" -> messages = Long.parseLong(value);
                case "--reconnects" -> reconnects = Integer.parseInt(value);
                case "--sample-seconds" -> sampleSeconds = Double.parseDouble(value);
                case "--cameras" -> cameras = Integer.parseInt(value);
                case "--intercoms" -> intercoms = Integer.parseInt(value);
                case "--figures" -> figures = Path.of(value);
                case "--chart" -> chart = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (minutes <= 0 || messages < 0 || reconnects < 0 || sampleSeconds <= 0 || cameras < 1 || intercoms < 1) {
            throw new IllegalArgumentException("minutes and sample-seconds must be positive, cameras and intercoms "
                    + "at least 1, messages and reconnects not negative");
        }
        return new SoakOptions(Duration.ofMillis((long) (minutes * 60_000)), messages, reconnects,
                Duration.ofMillis((long) (sampleSeconds * 1000)), cameras, intercoms, figures, chart);
    }

    /** The first sixth of the run: connections, caches, JIT and the heap settle; no bound applies yet. */
    Duration warmUp() {
        return duration.dividedBy(6);
    }
}
