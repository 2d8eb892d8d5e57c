package io.isoledger.fhir;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HAPI FHIR's {@code FhirValidator} with the {@code FhirInstanceValidator}, backed offline by
 * {@code ValidationSupportChain(DefaultProfileValidationSupport, InMemoryTerminologyServerValidationSupport,
 * CommonCodeSystemsTerminologyService, SnapshotGeneratingValidationSupport)}: no remote terminology
 * server is in the chain, and every connection it tries to a host other than this one is recorded.
 *
 * <p>It runs in a class loader of its own, from the classpath that src/fhir-validator/pom.xml resolves:
 * HAPI FHIR 8.8.1's validator needs the HL7 core modules of its own release (6.7.9), while the
 * application ships the R4 model of a fixed release. Only JSON crosses between them.
 */
final class R4Validator {

    static final String CLASSPATH_PROPERTY = "isoledger.fhir-validator.classpath";
    private static final Path DEFAULT_CLASSPATH_FILE = Path.of("target", "fhir-validator", "classpath.txt");
    private static final String SUPPORT = "org.hl7.fhir.common.hapi.validation.support.";

    /** One message of the validator; severity is HAPI's: INFORMATION, WARNING, ERROR or FATAL. */
    record Message(String severity, String location, String text) {
        boolean isErrorOrFatal() {
            return severity.equals("ERROR") || severity.equals("FATAL");
        }

        @Override
        public String toString() {
            return severity + " " + location + ": " + text;
        }
    }

    private static R4Validator instance;

    private final ClassLoader loader;
    private final Object validator;
    private final Method validateWithResult;
    private final List<URI> offHostConnections = new CopyOnWriteArrayList<>();

    private R4Validator(ClassLoader loader) throws ReflectiveOperationException {
        this.loader = loader;
        Class<?> contextType = loader.loadClass("ca.uhn.fhir.context.FhirContext");
        Object context = contextType.getMethod("forR4").invoke(null);
        Class<?> supportType = loader.loadClass("ca.uhn.fhir.context.support.IValidationSupport");
        Object supports = Array.newInstance(supportType, 4);
        Array.set(
                supports, 0, make("ca.uhn.fhir.context.support.DefaultProfileValidationSupport", contextType, context));
        Array.set(supports, 1, make(SUPPORT + "InMemoryTerminologyServerValidationSupport", contextType, context));
        Array.set(supports, 2, make(SUPPORT + "CommonCodeSystemsTerminologyService", contextType, context));
        Array.set(supports, 3, make(SUPPORT + "SnapshotGeneratingValidationSupport", contextType, context));
        Object chain = make(SUPPORT + "ValidationSupportChain", supports.getClass(), supports);
        Object module = make("org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator", supportType, chain);
        validator = contextType.getMethod("newValidator").invoke(context);
        validator
                .getClass()
                .getMethod("registerValidatorModule", loader.loadClass("ca.uhn.fhir.validation.IValidatorModule"))
                .invoke(validator, module);
        validateWithResult = validator.getClass().getMethod("validateWithResult", String.class);
    }

    static synchronized R4Validator get() {
        if (instance == null) {
            String configured = System.getProperty(CLASSPATH_PROPERTY, "");
            Path file = configured.isBlank() ? DEFAULT_CLASSPATH_FILE : Path.of(configured);
            try {
                List<URL> urls = new ArrayList<>();
                for (String jar : Files.readString(file).trim().split(File.pathSeparator)) {
                    urls.add(Path.of(jar).toUri().toURL());
                }
                ClassLoader loader = new URLClassLoader(
                        "fhir-validator", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
                instance = inContextOf(loader, () -> new R4Validator(loader));
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "Cannot load the FHIR validator from " + file.toAbsolutePath()
                                + " (written by the build's generate-test-resources phase)",
                        e);
            }
        }
        return instance;
    }

    /** Validates one resource (a Bundle's entries with it), given as FHIR JSON. */
    List<Message> validate(String json) {
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new OffHostConnections(previous, offHostConnections));
        try {
            Object result = inContextOf(loader, () -> validateWithResult.invoke(validator, json));
            List<Message> messages = new ArrayList<>();
            for (Object m : (List<?>) result.getClass().getMethod("getMessages").invoke(result)) {
                messages.add(new Message(
                        ((Enum<?>) m.getClass().getMethod("getSeverity").invoke(m)).name(),
                        (String) m.getClass().getMethod("getLocationString").invoke(m),
                        (String) m.getClass().getMethod("getMessage").invoke(m)));
            }
            return messages;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The FHIR validator failed", e);
        } finally {
            ProxySelector.setDefault(previous);
        }
    }

    /** Every connection to another host than this one that the validator tried (none, offline). */
    List<URI> offHostConnections() {
        return List.copyOf(offHostConnections);
    }

    private Object make(String type, Class<?> parameterType, Object argument) throws ReflectiveOperationException {
        return loader.loadClass(type).getConstructor(parameterType).newInstance(argument);
    }

    private interface Call<T> {
        T run() throws ReflectiveOperationException;
    }

    /** HAPI finds its cache provider with the ServiceLoader of the thread's context class loader. */
    private static <T> T inContextOf(ClassLoader loader, Call<T> call) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
