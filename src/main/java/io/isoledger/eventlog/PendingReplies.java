package io.isoledger.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests on this instance that wait for the decider's reply, by command id: registered by
 * {@link CommandGateway}, completed by {@link ReplyListener}.
 */
@ApplicationScoped
public class PendingReplies {

    private final Map<String, CompletableFuture<Reply>> waiting = new ConcurrentHashMap<>();

    CompletableFuture<Reply> register(String commandId) {
        CompletableFuture<Reply> future = new CompletableFuture<>();
        waiting.put(commandId, future);
        return future;
    }

    void forget(String commandId) {
        waiting.remove(commandId);
    }

    boolean waitsFor(String commandId) {
        return waiting.containsKey(commandId);
    }

    void complete(Reply reply) {
        CompletableFuture<Reply> future = waiting.remove(reply.commandId());
        if (future != null) {
            future.complete(reply);
        }
    }
}
