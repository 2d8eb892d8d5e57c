package io.isoledger.eventlog;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Replies as JSON on the replies topic. */
final class ReplyCodec {

    private ReplyCodec() {}

    static byte[] encode(Reply reply) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(reply);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply decode(byte[] bytes) {
        try {
            return WireJson.MAPPER.readValue(bytes, Reply.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
