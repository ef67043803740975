package vn.anm.assistant.channel.delivery;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

/**
 * Sorts what can go wrong on the wire before a platform answers. A connection that was never made
 * (refused, no route, no free connection in the pool) means the request never left: safe to try
 * again. No answer in time, or a connection lost after the request was written, means the platform
 * may have sent the message: uncertain.
 */
public final class SendErrors {

    private SendErrors() {
    }

    public static Throwable classify(Throwable error, Duration timeout) {
        return classify(error, timeout, true);
    }

    /** As {@link #classify(Throwable, Duration)}, knowing whether the request was written ({@link OutboundHttp#tracking}). */
    public static Throwable classify(Throwable error, Duration timeout, boolean written) {
        if (error instanceof SendFailure) {
            return error;
        }
        if (!written) {
            // still waiting for a connection, or connecting: the platform cannot have it
            return SendFailure.unavailable("not-sent", "none", error.getClass().getSimpleName());
        }
        if (error instanceof TimeoutException) {
            return SendFailure.uncertain("timeout", "no answer in " + timeout);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof PoolAcquireTimeoutException) {
                return SendFailure.unavailable("connection", "none", cause.getClass().getSimpleName());
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return SendFailure.uncertain("connection-lost", error.getClass().getSimpleName());
    }
}
