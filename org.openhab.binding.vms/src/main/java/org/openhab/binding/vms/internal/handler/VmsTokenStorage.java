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
package org.openhab.binding.vms.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.connection.VmsLastSeenStore;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ThingUID;

/**
 * Keeps the access tokens of all accounts in openHAB's storage ({@value #STORAGE_NAME}), one entry per bridge and
 * login, so a restart reuses the session instead of opening a new one (the server limits sessions per account).
 * The storage is looked up on first use, not when the factory is activated.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsTokenStorage {

    public static final String STORAGE_NAME = "vms.tokens";
    /** The accounts' last seen marks (docs/protocol.md, "Catch-up"), by bridge UID. */
    public static final String LAST_SEEN_STORAGE_NAME = "vms.catchup";

    private final StorageService storageService;
    private @Nullable Storage<String> storage;
    private @Nullable Storage<String> lastSeenStorage;

    public VmsTokenStorage(StorageService storageService) {
        this.storageService = storageService;
    }

    /** The token store of one account; a different login gets a different entry. */
    public VmsTokenStore forAccount(ThingUID bridgeUID, String login) {
        return new AccountTokenStore(bridgeUID.getAsString() + "|" + login.trim());
    }

    /** Where the account keeps its last seen mark across restarts (same storage service, storage of its own). */
    public VmsLastSeenStore lastSeenFor(ThingUID bridgeUID) {
        String key = bridgeUID.getAsString();
        return new VmsLastSeenStore() {
            @Override
            public @Nullable String load() {
                return lastSeen().get(key);
            }

            @Override
            public void store(String mark) {
                lastSeen().put(key, mark);
            }
        };
    }

    /** The account Thing is removed: its mark goes too. */
    public void forgetLastSeen(ThingUID bridgeUID) {
        lastSeen().remove(bridgeUID.getAsString());
    }

    private synchronized Storage<String> lastSeen() {
        Storage<String> current = lastSeenStorage;
        if (current == null) {
            current = storageService.getStorage(LAST_SEEN_STORAGE_NAME, VmsTokenStorage.class.getClassLoader());
            lastSeenStorage = current;
        }
        return current;
    }

    private synchronized @Nullable Storage<String> storage() {
        Storage<String> current = storage;
        if (current == null) {
            current = storageService.getStorage(STORAGE_NAME, VmsTokenStorage.class.getClassLoader());
            storage = current;
        }
        return current;
    }

    /** The entry of one account. */
    private class AccountTokenStore implements VmsTokenStore {
        private final String key;

        AccountTokenStore(String key) {
            this.key = key;
        }

        @Override
        public @Nullable String load() {
            Storage<String> tokens = storage();
            return tokens == null ? null : tokens.get(key);
        }

        @Override
        public void store(String token) {
            Storage<String> tokens = storage();
            if (tokens != null) {
                tokens.put(key, token);
            }
        }

        @Override
        public void clear() {
            Storage<String> tokens = storage();
            if (tokens != null) {
                tokens.remove(key);
            }
        }

        /** Names the entry, never the token. */
        @Override
        public String toString() {
            return "VmsTokenStore[" + key + "]";
        }
    }
}
