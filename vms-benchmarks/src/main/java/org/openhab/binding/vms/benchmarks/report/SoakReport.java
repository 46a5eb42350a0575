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
package org.openhab.binding.vms.benchmarks.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;

/**
 * Turns the soak's figure file into a Markdown table, printed, and if asked written into the README's Reliability
 * section between its {@value #BEGIN} and {@value #END} markers (the plot, {@code docs/soak.png}, is referenced next
 * to them).
 * <p>
 * Arguments: {@code <soak.json> [--readme <README.md>] [--note <text>]}; the note (e.g. why a run was shortened) goes
 * above the table.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SoakReport {

    static final String BEGIN = "<!-- soak-results:begin (written by vms-benchmarks/run-soak.sh --readme) -->";
    static final String END = "<!-- soak-results:end -->";

    private SoakReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SoakReport <soak.json> [--readme <file>] [--note <text>]");
        }
        List<Figure> figures = FigureFile.read(Path.of(args[0]));
        String note = "";
        @Nullable
        Path readme = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--readme" -> readme = Path.of(args[i + 1]);
                case "--note" -> note = args[i + 1].strip() + "\n\n";
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String table = note + ResultsReport.table(figures, List.of(), "`vms-benchmarks/run-soak.sh`", "");
        if (readme != null) {
            ResultsReport.updateReadme(readme, BEGIN, END, table);
        }
        System.out.print(table);
    }
}
