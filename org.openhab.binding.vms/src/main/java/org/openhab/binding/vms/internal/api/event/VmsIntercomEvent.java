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
package org.openhab.binding.vms.internal.api.event;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;

/**
 * Intercom messages: the seed SDK's {@code VMSIntercomPushTypes} grouping (docs/protocol.md, "Message types", rows 25
 * to 37), plus analytic detections from an intercom's camera ({@link IntercomEventStored}).
 * <p>
 * As with {@link VmsAppEvent}, a message whose payload is missing is still emitted with null fields / empty lists.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface VmsIntercomEvent extends VmsEvent {

    /** {@code intercom.store}: an intercom was added to the account. */
    record IntercomStored(VmsEventEnvelope envelope, @Nullable VmsIntercom intercom) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_STORED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomStored(this);
        }
    }

    /** {@code intercom.rename}. */
    record IntercomRenamed(VmsEventEnvelope envelope, @Nullable VmsIntercom intercom) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_RENAMED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomRenamed(this);
        }
    }

    /** {@code intercom.update}: settings changed (e.g. {@code is_enabled}). */
    record IntercomUpdated(VmsEventEnvelope envelope, @Nullable VmsIntercom intercom) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomUpdated(this);
        }
    }

    /**
     * {@code intercom.add}: neither SDK handles it and its payload is unknown (Android: "not activated intercom from
     * key_confirmed"); we read an {@code intercom} key if there is one.
     */
    record IntercomAdded(VmsEventEnvelope envelope, @Nullable VmsIntercom intercom) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_ADDED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomAdded(this);
        }
    }

    /** {@code intercom.delete}; {@code ids} empty when the server sent none. */
    record IntercomsDeleted(VmsEventEnvelope envelope, List<Long> ids) implements VmsIntercomEvent {
        public IntercomsDeleted {
            ids = List.copyOf(ids);
        }

        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOMS_DELETED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomsDeleted(this);
        }
    }

    /**
     * {@code intercom.key_confirmed}: step 2 of adding an intercom.
     *
     * @param expireInSeconds Android's {@code expire_in_seconds}, when sent
     */
    record IntercomKeyConfirmed(VmsEventEnvelope envelope, @Nullable VmsIntercom intercom,
            @Nullable Long expireInSeconds) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_KEY_CONFIRMED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomKeyConfirmed(this);
        }
    }

    /** {@code intercom.key_error}; {@code error} is a user-readable message. */
    record IntercomKeyError(VmsEventEnvelope envelope, @Nullable String error) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_KEY_ERROR;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomKeyError(this);
        }
    }

    /** {@code intercom.add_error}; {@code error} is a user-readable message. */
    record IntercomAddError(VmsEventEnvelope envelope, @Nullable String error) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_ADD_ERROR;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomAddError(this);
        }
    }

    /**
     * {@code intercom.code.store}: a visitor door code was created. The code is a secret (its toString masks it),
     * and so is this event's {@link VmsEventEnvelope#rawJson()}: never log either.
     */
    record IntercomCodeStored(VmsEventEnvelope envelope, @Nullable VmsIntercomCode code) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_CODE_STORED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomCodeStored(this);
        }
    }

    /** {@code intercom.code.delete}; {@code ids} empty when the server sent none. */
    record IntercomCodesDeleted(VmsEventEnvelope envelope, List<Long> ids) implements VmsIntercomEvent {
        public IntercomCodesDeleted {
            ids = List.copyOf(ids);
        }

        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_CODES_DELETED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomCodesDeleted(this);
        }
    }

    /** {@code intercom.call.store}: a call-history entry was added (or changed status). */
    record IntercomCallStored(VmsEventEnvelope envelope, @Nullable VmsIntercomCall call) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_CALL_STORED;
        }

        /** The call's {@code status} ({@code missed}, {@code ring}, {@code ended}, {@code answered}, …). */
        public @Nullable String status() {
            VmsIntercomCall value = call;
            return value == null ? null : value.status();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomCallStored(this);
        }
    }

    /** {@code intercom.call.delete}; {@code ids} empty when the server sent none. */
    record IntercomCallsDeleted(VmsEventEnvelope envelope, List<Long> ids) implements VmsIntercomEvent {
        public IntercomCallsDeleted {
            ids = List.copyOf(ids);
        }

        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_CALLS_DELETED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomCallsDeleted(this);
        }
    }

    /** {@code intercom_cancel}: a ringing call was cancelled at the intercom; {@code call} null without payload. */
    record IntercomCallCanceled(VmsEventEnvelope envelope, @Nullable VmsCanceledCall call) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.INTERCOM_CALL_CANCELED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomCallCanceled(this);
        }
    }

    /**
     * An analytic detection from an intercom's camera ({@code is_intercom: true}). iOS routes all ten analytic types
     * here, Android only the face type; we follow iOS, since the wrapped detection keeps every field either way and
     * an intercom rule is the more specific consumer. {@link #kind()} is the detection's analytic kind.
     */
    record IntercomEventStored(VmsAppEvent.AnalyticDetection detection) implements VmsIntercomEvent {
        @Override
        public VmsEventKind kind() {
            return detection.kind();
        }

        @Override
        public VmsEventEnvelope envelope() {
            return detection.envelope();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitIntercomEventStored(this);
        }
    }
}
