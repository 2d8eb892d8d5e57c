/**
 * Side effects: report one ({@link SideEffectResource}) and the side- effect read model. A feature
 * (top layer): it may use the web and write layers, the infrastructure and the domain, and other
 * features; nothing below may use it.
 */
package io.isoledger.sideeffects;
