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
package org.openhab.binding.vms.simulator.soketi;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Ends a child process together with everything it started, so that no test leaves a process behind.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ProcessTrees {

    private ProcessTrees() {
    }

    /**
     * Asks the process and its descendants to terminate (SIGTERM), waits up to {@code grace}, then kills whatever is
     * left (SIGKILL) and waits for it to be gone.
     *
     * @return true if everything ended within the grace period, false if it had to be killed
     */
    static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = treeOf(root);
        tree.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(tree, grace);
        if (!graceful) {
            kill(root);
        }
        return graceful;
    }

    /** Kills the process and its descendants at once (SIGKILL) and waits until they are gone. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = treeOf(root);
        tree.forEach(ProcessHandle::destroyForcibly);
        // the kernel reaps a SIGKILLed process promptly; the bound only guards against a zombie nobody waits for
        awaitExit(tree, Duration.ofSeconds(30));
    }

    private static List<ProcessHandle> treeOf(ProcessHandle root) {
        // descendants first: they are collected before the parent goes, which may re-parent them
        List<ProcessHandle> descendants = root.descendants().toList();
        return java.util.stream.Stream.concat(descendants.stream(), java.util.stream.Stream.of(root)).toList();
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle process : processes) {
            long left = deadline - System.nanoTime();
            try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // onExit never completes exceptionally; treat as gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return true;
    }
}
