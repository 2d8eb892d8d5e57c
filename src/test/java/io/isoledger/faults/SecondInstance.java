package io.isoledger.faults;

import io.isoledger.testsupport.ServiceInstance;
import java.net.URI;
import java.time.Duration;

/**
 * Instance B of a two-instance test class: started once for the class, before its first test, and
 * stopped after its last. A failed start fails every test of the class, not only the first.
 */
final class SecondInstance {

    private final String role;
    private ServiceInstance instance;
    private RuntimeException startFailure;

    SecondInstance(String role) {
        this.role = role;
    }

    /** B, started and sharing the partitions with A; started on the first call. */
    ServiceInstance sharingWith(URI a, Duration atMost) {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            instance = ServiceInstance.sharingTheTestEnvironment(TwoInstances.uniqueInstanceId(role));
            try {
                instance.start().awaitReady(atMost);
                TwoInstances.awaitSharing(a, instance, atMost);
            } catch (RuntimeException | AssertionError e) {
                startFailure = new IllegalStateException("Instance B did not start and share the work", e);
                throw startFailure;
            }
        }
        return instance;
    }

    void stop() {
        if (instance != null) {
            instance.stop();
            ConsumerGroups.forget(instance.instanceId());
            instance = null;
        }
        startFailure = null;
    }
}
