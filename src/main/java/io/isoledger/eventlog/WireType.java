package io.isoledger.eventlog;

/**
 * The stable wire name and version of a Java type on a topic. Renaming a Java class must never
 * change what consumers see, so every mapping is written out by hand.
 */
public record WireType<T>(String name, int version, Class<? extends T> javaType) {

    /** The CloudEvents type, e.g. {@code isoledger.PrescriptionIssued.v1}. */
    public String ceType() {
        return "isoledger." + name + ".v" + version;
    }
}
