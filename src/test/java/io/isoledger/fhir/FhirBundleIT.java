package io.isoledger.fhir;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application in the prod profile. */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class FhirBundleIT extends FhirBundleTest {}
