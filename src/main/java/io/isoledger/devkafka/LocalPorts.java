package io.isoledger.devkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * TCP ports on the loopback address {@value #HOST}, the only address the broker listens on: free
 * ones for a new broker, and whether something already listens on one.
 *
 * <p>{@link EmbeddedKafkaBroker} takes its free ports from here, {@link BrokerConfig} binds the
 * listeners to {@link #address(int)}, {@link BrokerLauncher} checks that the ports are not taken,
 * and {@link BrokerReadiness} waits until the client port accepts connections.
 */
final class LocalPorts {

    static final String HOST = "127.0.0.1";

    private LocalPorts() {}

    /** {@code 127.0.0.1:port}. */
    static String address(int port) {
        return HOST + ":" + port;
    }

    /** Whether something accepts TCP connections on 127.0.0.1:port. */
    static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Free ports, all held open together so that they differ from one another. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(HOST)));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        } finally {
            sockets.forEach(LocalPorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do: the port was only probed
        }
    }
}
