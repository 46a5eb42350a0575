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
package org.openhab.binding.vms.internal.api.socket;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsServerText;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.PusherChannelAuthorizer.ChannelAuthorizationFailure;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure.Kind;
import org.openhab.binding.vms.internal.api.tls.VmsCertificateFailureRecorder;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pusher.client.PusherOptions;
import com.pusher.client.channel.PusherEvent;
import com.pusher.client.channel.impl.ChannelManager;
import com.pusher.client.channel.impl.PrivateChannelImpl;
import com.pusher.client.channel.PrivateChannelEventListener;
import com.pusher.client.connection.ConnectionEventListener;
import com.pusher.client.connection.ConnectionState;
import com.pusher.client.connection.ConnectionStateChange;
import com.pusher.client.connection.impl.InternalConnection;

/**
 * The VMS socket: one Pusher connection (pusher-java-client 2.4.4) with the two private channels of a login,
 * {@code private-token.{accessTokenId}} and {@code private-user.{userId}}, each carrying the three VMS event names.
 * Every event is decoded by {@link VmsEventDecoder} and handed to {@link VmsSocketListener#event}. Mirrors the seed
 * SDKs' socket manager: {@link #connect()}, {@link #disconnect()}, {@link #isConnected()}, {@link #getSocketId()}.
 * <p>
 * <b>Threads.</b> {@code connect()} and {@code disconnect()} return at once; the work happens on the client's own
 * threads ({@code <prefix>-events}, {@code <prefix>-timers}, {@code <prefix>-read-<n>}). The listener is called on
 * {@code <prefix>-events}, one call at a time, in wire order; its exceptions are caught and counted. The channel
 * authorizer is called on the same thread (it is a blocking HTTP call, so it needs a time-out of its own).
 * <p>
 * <b>Bad input.</b> Frames that are not JSON, lack an event name, come without a channel or on a channel we do not
 * subscribe, or that the decoder drops ({@link VmsDroppedMessage}: an event name that carries no VMS message, an
 * unknown {@code type}, malformed data) are logged at debug, counted ({@link #getCounters()}) and dropped: the
 * listener gets decoded events only. Frame content is never logged (it may hold door codes or personal data).
 * <p>
 * <b>One parse per frame.</b> The frame gate parses each frame once and hands application events straight to the
 * decoder (on the events thread, in wire order), which parses their {@code data}: pusher-java-client handles only
 * the connection and the subscriptions.
 * <p>
 * <b>Failures</b> (server close, {@code pusher:error}, refused or failed channel authorisation, pong timeout) are
 * reported through {@link VmsSocketListener#failed} and kept in {@link #getLastFailure()}.
 * <p>
 * <b>TLS</b> ({@code wss}): certificates are checked by {@link VmsSocketSettings#trustManager()} (the JVM's CAs when
 * null), host names always (see {@link PusherSocket}). A refused certificate is reported as a {@link Kind#CLOSED}
 * failure whose cause is the {@link java.security.cert.CertificateException}.
 * <p>
 * <b>Reconnecting</b> is left to the caller by default ({@link VmsSocketSettings#libraryReconnectAttempts()} 0):
 * after a drop the state ends in DISCONNECTED, and {@link #connect()} may be called again on the same client (new
 * socket id, both channels authorised again). A channel whose authorisation failed is subscribed again on the next
 * connect. With library reconnects enabled, note that pusher-java-client 2.4.4 cannot be disconnected while it
 * waits to reconnect (the state stays DISCONNECTING until the next attempt).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsSocketClient implements AutoCloseable {

    /** How long {@link #disconnect()} waits for the server's close frame before it cuts the connection. */
    public static final Duration DISCONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** The decoding step, {@link VmsEventDecoder#decode} unless a test supplies another. */
    @FunctionalInterface
    public interface EventDecoding {
        VmsDecodeResult decode(String pusherEvent, @Nullable String channel, @Nullable String data);
    }

    private final Logger logger = LoggerFactory.getLogger(VmsSocketClient.class);

    private final VmsSocketSettings settings;
    private final List<String> channels;
    private final EventDecoding decoding;
    private final SafeSocketListener listener;
    private final PusherThreadsFactory factory;
    private final ChannelManager channelManager;
    private final InternalConnection connection;
    private final PusherChannelAuthorizer channelAuthorizer;
    /** Remembers a refused server certificate ({@code wss} only), see {@link VmsCertificateFailureRecorder}. */
    private final @Nullable VmsCertificateFailureRecorder certificates;
    private final ChannelEvents channelEvents = new ChannelEvents();
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong unknownTypes = new AtomicLong();
    private final AtomicLong unknownEventNames = new AtomicLong();
    private final AtomicLong foreignChannels = new AtomicLong();
    private final AtomicLong malformedFrames = new AtomicLong();
    private final AtomicLong undecodable = new AtomicLong();
    private final AtomicLong listenerFailures = new AtomicLong();
    private final AtomicLong internalFailures = new AtomicLong();

    private volatile VmsConnectionState state = VmsConnectionState.DISCONNECTED;
    private volatile boolean disconnectRequested;
    private volatile boolean closed;
    private volatile @Nullable VmsSocketFailure lastFailure;
    private volatile @Nullable Integer lastCloseCode;
    private volatile @Nullable Integer lastServerErrorCode;
    private volatile @Nullable Duration serverActivityTimeout;

    /**
     * @param authorizer obtains the {@code auth} value for a channel ({@code POST api/v1/broadcasting/auth})
     * @throws VmsApiException if the settings name no usable channel
     */
    public VmsSocketClient(VmsSocketSettings settings, VmsChannelAuthorizer authorizer, VmsSocketListener listener)
            throws VmsApiException {
        this(settings, authorizer, new VmsEventDecoder(), listener);
    }

    public VmsSocketClient(VmsSocketSettings settings, VmsChannelAuthorizer authorizer, VmsEventDecoder decoder,
            VmsSocketListener listener) throws VmsApiException {
        this(settings, authorizer, decoder::decode, listener);
    }

    public VmsSocketClient(VmsSocketSettings settings, VmsChannelAuthorizer authorizer, EventDecoding decoding,
            VmsSocketListener listener) throws VmsApiException {
        this.settings = settings;
        this.channels = VmsChannelNames.of(settings.accessTokenId(), settings.userId());
        this.decoding = decoding;
        this.listener = new SafeSocketListener(listener, listenerFailures);
        this.channelAuthorizer = new PusherChannelAuthorizer(authorizer);
        this.certificates = settings.url().isTls() ? certificateRecorder(settings) : null;
        this.factory = new PusherThreadsFactory(settings.threadNamePrefix(),
                (int) settings.webSocketPingInterval().toSeconds(), tlsSockets(certificates), new GateCallbacks(),
                Set.copyOf(channels), internalFailures);
        PusherOptions options = new PusherOptionsWithUrl(settings.url())
                .setActivityTimeout(settings.activityTimeout().toMillis())
                .setPongTimeout(settings.pongTimeout().toMillis())
                .setMaxReconnectionAttempts(settings.libraryReconnectAttempts())
                .setMaxReconnectGapInSeconds(settings.libraryReconnectMaxGapSeconds());
        // the same assembly as com.pusher.client.Pusher's constructor, minus its user sign-in part, plus our factory
        this.channelManager = factory.getChannelManager();
        try {
            this.connection = factory.getConnection(settings.url().appKey(), options, channelManager::handleEvent);
        } catch (IllegalArgumentException e) {
            throw new VmsApiException("The socket URL " + settings.url() + " is not usable", e);
        }
        channelManager.setConnection(connection);
        connection.bind(ConnectionState.ALL, new ConnectionEvents());
        for (String channel : channels) {
            register(channel);
        }
    }

    private static VmsCertificateFailureRecorder certificateRecorder(VmsSocketSettings settings) throws VmsApiException {
        X509ExtendedTrustManager trust = settings.trustManager();
        try {
            return new VmsCertificateFailureRecorder(trust != null ? trust : VmsTrustedCertificates.jvmTrustManager());
        } catch (GeneralSecurityException e) {
            throw new VmsApiException("TLS is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    private static @Nullable SSLSocketFactory tlsSockets(@Nullable VmsCertificateFailureRecorder recorder)
            throws VmsApiException {
        try {
            return recorder == null ? null : recorder.sslContext().getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new VmsApiException("TLS is not available in this Java runtime: " + e.getMessage(), e);
        }
    }

    /** Opens the connection (returns at once). Allowed again after the state reached DISCONNECTED. */
    public void connect() {
        if (closed) {
            logger.debug("Socket client is closed; not connecting");
            return;
        }
        disconnectRequested = false;
        VmsCertificateFailureRecorder recorder = certificates;
        if (recorder != null) {
            recorder.clear();
        }
        registerDroppedChannels();
        connection.connect();
    }

    /**
     * Closes the connection (returns at once); the listener sees DISCONNECTING and DISCONNECTED, no error. If the
     * server does not answer the close frame within {@link #DISCONNECT_TIMEOUT}, the connection is cut.
     */
    public void disconnect() {
        disconnectRequested = true;
        connection.disconnect();
        if (connection.getState() == ConnectionState.DISCONNECTED) {
            // nothing to wait for (the socket was lost or never opened): no timer, which would start a thread that
            // outlives the client by its idle time
            if (closed) {
                factory.shutdownThreads();
            }
            return;
        }
        try {
            factory.getTimers().schedule(() -> {
                if (connection.getState() == ConnectionState.DISCONNECTING) {
                    logger.debug("No answer to our close frame; cutting the connection");
                    factory.forceCloseCurrentSocket();
                } else if (closed && connection.getState() == ConnectionState.DISCONNECTED) {
                    // the library shut its threads down before this check was scheduled, so it restarted the
                    // timers thread: end it now rather than after its idle time
                    factory.shutdownThreads();
                }
            }, DISCONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the library shut its timers down in between: it is DISCONNECTED already, nothing left to cut
        }
    }

    /** Disconnects and stops calling the listener. The client cannot connect again. */
    @Override
    public void close() {
        closed = true;
        listener.mute();
        disconnect();
        factory.retire();
    }

    /** Whether the connection is established (CONNECTED or SUBSCRIBED). */
    public boolean isConnected() {
        VmsConnectionState s = state;
        return s == VmsConnectionState.CONNECTED || s == VmsConnectionState.SUBSCRIBED;
    }

    public VmsConnectionState getState() {
        return state;
    }

    /** The Pusher socket id of the current connection, or null when not connected. */
    public @Nullable String getSocketId() {
        return isConnected() ? connection.getSocketId() : null;
    }

    /** The channels this client subscribes (token channel first). */
    public List<String> getChannelNames() {
        return channels;
    }

    /** The channels subscribed on the current connection. */
    public Set<String> getSubscribedChannels() {
        return Set.copyOf(subscribed);
    }

    public VmsSocketUrl getUrl() {
        return settings.url();
    }

    /** The most recent failure since the client was created, or null if none. */
    public @Nullable VmsSocketFailure getLastFailure() {
        return lastFailure;
    }

    /**
     * The close code of the most recent connection loss we did not ask for: the server's close code, 1006 for a
     * broken connection, -1 if the connection could not be opened (Java-WebSocket's "never connected"), or null if
     * none happened. A pong timeout is not a close code; see {@link #getLastFailure()}.
     */
    public @Nullable Integer getLastCloseCode() {
        return lastCloseCode;
    }

    /** The {@code code} of the most recent {@code pusher:error}, or null if none came (or it had none). */
    public @Nullable Integer getLastServerErrorCode() {
        return lastServerErrorCode;
    }

    /**
     * The {@code activity_timeout} the server announced on the current or last connection (string or number on the
     * wire), or null. The server closes connections idle for longer; our ping interval is fixed by
     * {@link VmsSocketSettings#activityTimeout()}, so a caller may rebuild the client with a shorter one.
     */
    public @Nullable Duration getServerActivityTimeout() {
        return serverActivityTimeout;
    }

    public VmsSocketCounters getCounters() {
        return new VmsSocketCounters(delivered.get(), unknownTypes.get(), unknownEventNames.get(),
                malformedFrames.get(), undecodable.get(), listenerFailures.get(), internalFailures.get(),
                foreignChannels.get());
    }

    private void register(String channel) {
        PrivateChannelImpl privateChannel = factory.newPrivateChannel(connection, channel, channelAuthorizer);
        // no event names bound: the gate hands application events to dispatch() without the library
        channelManager.subscribeTo(privateChannel, channelEvents);
    }

    /**
     * The library forgets a channel whose authorisation failed. Put it back while not connected, so that the next
     * connection subscribes it again (doing so while connected would retry at once, in a loop if it keeps failing).
     */
    private synchronized void registerDroppedChannels() {
        for (String channel : channels) {
            if (channelManager.getPrivateChannel(channel) == null) {
                try {
                    register(channel);
                } catch (IllegalArgumentException e) {
                    logger.debug("Channel {} is registered already", VmsChannelNames.forLog(channel));
                }
            }
        }
    }

    private void fail(VmsSocketFailure failure) {
        lastFailure = failure;
        logger.debug("Socket failure {}: {}", failure.kind(), failure.message());
        if (closed) {
            // the listener is muted; queueing would only restart the events thread of a client that is gone
            return;
        }
        // queued, so the listener sees it in order with the state changes the library queues
        factory.queueOnEventThread(() -> listener.failed(failure));
    }

    // only ever called on the events thread, so no lock: the listener must not be called holding one
    private void updateState(ConnectionState libraryState) {
        VmsConnectionState next = switch (libraryState) {
            case CONNECTING -> VmsConnectionState.CONNECTING;
            case CONNECTED -> subscribed.containsAll(channels) ? VmsConnectionState.SUBSCRIBED
                    : VmsConnectionState.CONNECTED;
            case DISCONNECTING -> VmsConnectionState.DISCONNECTING;
            case RECONNECTING -> VmsConnectionState.RECONNECTING;
            case DISCONNECTED, ALL -> VmsConnectionState.DISCONNECTED;
        };
        VmsConnectionState previous = state;
        if (previous != next) {
            state = next;
            logger.debug("Socket state {} -> {}", previous, next);
            listener.connectionStateChanged(previous, next);
        }
    }

    /** On the events thread: decodes an application event from one of our channels and delivers it. */
    private void dispatch(String eventName, String channel, @Nullable String data) {
        if (closed) {
            return;
        }
        @Nullable
        VmsDecodeResult result;
        try {
            result = decoding.decode(eventName, channel, data);
        } catch (RuntimeException e) {
            undecodable.incrementAndGet();
            // the decoder is specified never to throw; its message might quote the payload, so only the type
            logger.debug("Decoder failed on {} from {}: {}", VmsServerText.clean(eventName),
                    VmsChannelNames.forLog(channel), e.getClass().getSimpleName());
            return;
        }
        if (result instanceof VmsEvent event) {
            delivered.incrementAndGet();
            listener.event(event);
        } else if (result instanceof VmsDroppedMessage dropped) {
            // the decoder has logged why
            (switch (dropped.reason()) {
                case UNKNOWN_EVENT -> unknownEventNames;
                case UNKNOWN_TYPE -> unknownTypes;
                case MALFORMED -> undecodable;
            }).incrementAndGet();
            VmsUnknownMessage unknown = dropped.unknownMessage();
            if (unknown != null && unknown.withinBound()) {
                listener.unknownMessage(unknown); // still counted above: the binding could not decode it
            } else if (unknown != null) {
                logger.debug("Unknown message type of {} chars from {} not handed on (more than {})",
                        unknown.envelope().rawJson().length(), VmsChannelNames.forLog(channel),
                        VmsUnknownMessage.MAX_JSON_CHARS);
            }
        } else {
            undecodable.incrementAndGet();
            logger.debug("Decoder returned nothing for {} from {}", VmsServerText.clean(eventName),
                    VmsChannelNames.forLog(channel));
        }
    }

    /** Connection state and errors from pusher-java-client; called on the events thread. */
    private class ConnectionEvents implements ConnectionEventListener {

        @Override
        public void onConnectionStateChange(@Nullable ConnectionStateChange change) {
            if (change == null) {
                return;
            }
            ConnectionState current = change.getCurrentState();
            if (current != ConnectionState.CONNECTED) {
                subscribed.clear();
            }
            if (current == ConnectionState.DISCONNECTED || current == ConnectionState.RECONNECTING) {
                registerDroppedChannels();
            }
            if (current == ConnectionState.CONNECTED) {
                checkActivityTimeout();
            }
            updateState(current);
        }

        @Override
        public void onError(@Nullable String message, @Nullable String code, @Nullable Exception e) {
            String text = message == null ? "" : message;
            if (text.startsWith("Cannot send a message while in")) {
                // a ping timer racing a disconnect: nothing the caller needs to hear about
                logger.debug("Socket: {}", text);
                return;
            }
            // "An exception occurred while sending message [...]" quotes the frame, which may hold a channel
            // signature: never pass that text on
            String safe = text.startsWith("An exception occurred while sending message") ? "Failed to send a frame"
                    : VmsServerText.clean(text);
            Integer numericCode = null;
            try {
                numericCode = code == null ? null : Integer.valueOf(code);
            } catch (NumberFormatException ignored) {
                // not a number: leave it out
            }
            fail(new VmsSocketFailure(Kind.PROTOCOL_ERROR, numericCode, safe, e));
        }

        private void checkActivityTimeout() {
            Duration server = serverActivityTimeout;
            if (server != null && settings.activityTimeout().plusSeconds(5).compareTo(server) > 0) {
                logger.debug("Server closes idle connections after {} s, we ping after {} s of silence",
                        server.toSeconds(), settings.activityTimeout().toSeconds());
            }
        }
    }

    /** Channel subscription results and events from pusher-java-client; called on the events thread. */
    private class ChannelEvents implements PrivateChannelEventListener {

        @Override
        public void onSubscriptionSucceeded(@Nullable String channelName) {
            if (channelName == null || !channels.contains(channelName)
                    || connection.getState() != ConnectionState.CONNECTED) {
                return;
            }
            subscribed.add(channelName);
            logger.debug("Subscribed to {}", VmsChannelNames.forLog(channelName));
            updateState(ConnectionState.CONNECTED);
        }

        @Override
        public void onAuthenticationFailure(@Nullable String message, @Nullable Exception e) {
            Throwable cause = e;
            if (e instanceof ChannelAuthorizationFailure failure && failure.getCause() != null) {
                cause = failure.getCause();
            }
            fail(new VmsSocketFailure(Kind.AUTHORIZATION_FAILED, null,
                    message == null ? "Channel authorisation failed" : message, cause));
        }

        @Override
        public void onEvent(@Nullable PusherEvent event) {
            // nothing is bound: application events come from the gate (GateCallbacks.applicationEvent)
        }
    }

    /** What the frame gate reports; called on the socket's read thread or the library's timer thread. */
    private class GateCallbacks implements PusherFrameGate.Callbacks {

        @Override
        public void established(String socketId, @Nullable Duration activityTimeout) {
            serverActivityTimeout = activityTimeout;
            logger.debug("Connection established, server activity timeout {}", activityTimeout);
        }

        @Override
        public void serverError(@Nullable Integer code, String message) {
            lastServerErrorCode = code;
            fail(new VmsSocketFailure(Kind.SERVER_ERROR, code,
                    "Server error" + (code == null ? "" : " " + code) + ": " + message, null));
        }

        @Override
        public void subscriptionRefused(@Nullable String channel, @Nullable Integer status, String message) {
            fail(new VmsSocketFailure(Kind.SUBSCRIPTION_REFUSED, status,
                    "Server refused the subscription to " + VmsChannelNames.forLog(channel) + ": " + message, null));
        }

        @Override
        public void handshakeUnusable(String reason) {
            malformedFrames.incrementAndGet();
            fail(new VmsSocketFailure(Kind.PROTOCOL_ERROR, null,
                    "Unusable pusher:connection_established (" + reason + "); closing", null));
        }

        @Override
        public void malformedFrame(String reason) {
            malformedFrames.incrementAndGet();
            logger.debug("Dropped a malformed frame: {}", reason);
        }

        @Override
        public void applicationEvent(String eventName, String channel, @Nullable String data) {
            // the events thread, behind what the library queued for the frames before: wire order is kept
            factory.queueOnEventThread(() -> dispatch(eventName, channel, data));
        }

        @Override
        public void foreignChannel(String eventName, @Nullable String channel) {
            foreignChannels.incrementAndGet();
            logger.debug("Dropped event '{}' from {}: not one of our channels", VmsServerText.clean(eventName),
                    VmsChannelNames.forLog(channel));
        }

        @Override
        public void closed(int code, String reason, boolean remote, boolean closedByGate,
                @Nullable Exception lastError) {
            if (disconnectRequested) {
                logger.debug("Socket closed as requested ({})", code);
                return;
            }
            lastCloseCode = code;
            if (closedByGate) {
                return; // reported as the unusable handshake already
            }
            Throwable cause = lastError;
            VmsCertificateFailureRecorder recorder = certificates;
            CertificateException refused = recorder == null ? null : recorder.lastFailure();
            if (refused != null) {
                // the TLS handshake failed on the certificate; the closing thread may not have seen why
                fail(new VmsSocketFailure(Kind.CLOSED, code,
                        "TLS handshake failed: " + VmsServerText.clean(refused.getMessage()), refused));
                return;
            }
            String detail = reason.isEmpty() && cause != null ? VmsServerText.clean(cause.getMessage()) : reason;
            fail(new VmsSocketFailure(Kind.CLOSED, code, (remote ? "Connection closed by the server" : "Connection closed")
                    + " with code " + code + (detail.isEmpty() ? "" : ": " + detail), cause));
        }

        @Override
        public void pongTimeout() {
            fail(new VmsSocketFailure(Kind.PONG_TIMEOUT, null, "No answer to ping within "
                    + settings.pongTimeout().toSeconds() + " s; connection dropped", null));
        }
    }
}
