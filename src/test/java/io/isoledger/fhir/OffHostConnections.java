package io.isoledger.fhir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * While the validator runs: lets connections to this host through, records any other (the validator
 * works offline, so there is none) and points it at a closed local port instead of the network.
 */
final class OffHostConnections extends ProxySelector {

    private final ProxySelector next;
    private final List<URI> recorded;

    OffHostConnections(ProxySelector next, List<URI> recorded) {
        this.next = next;
        this.recorded = recorded;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (isLocal(uri.getHost())) {
            return next == null ? List.of(Proxy.NO_PROXY) : next.select(uri);
        }
        recorded.add(uri);
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), 9)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {}

    /** By name only: a lookup of another host's name would itself reach out. */
    private static boolean isLocal(String host) {
        return host == null
                || host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("::1")
                || host.equals("[::1]");
    }
}
