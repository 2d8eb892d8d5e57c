/**
 * Dev mode only: signs development tokens for a role ({@link DevTokenResource}) with the key in
 * {@code src/main/dev-keys}. A feature (top layer): it may use the web and write layers, the
 * infrastructure and the domain, and other features; nothing below may use it.
 */
package io.isoledger.devauth;
