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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One minute's look at the soaking process.
 *
 * @param minutes since the start of the load
 * @param heapBytes heap in use after full collections
 * @param threads live threads of the whole process
 * @param bindingThreads live threads named {@code OH-...} (the binding's scheduler, connection and Pusher threads)
 * @param fileDescriptors open file descriptors of the process (sockets included)
 * @param storageEntries entries in all storages of the storage service the binding got
 * @param storageBytes their size as openHAB's JSON storage would write them (keys and values as JSON, UTF-8)
 * @param published messages published so far
 * @param delivered messages that reached a Thing as a trigger so far
 * @param reconnects forced reconnects so far
 * @param load the machine's one-minute load average
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record SoakSample(double minutes, long heapBytes, int threads, int bindingThreads, long fileDescriptors,
        int storageEntries, long storageBytes, long published, long delivered, int reconnects, double load) {

    double heapMiB() {
        return heapBytes / 1048576.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%6.1f min: heap %.1f MiB, threads %d (OH-* %d), fds %d, storage %d entries %d bytes, published %d,"
                        + " delivered %d, reconnects %d, load %.1f",
                minutes, heapMiB(), threads, bindingThreads, fileDescriptors, storageEntries, storageBytes, published,
                delivered, reconnects, load);
    }
}
