/**
 * Stagecraft's test harness.
 *
 * @packageDocumentation
 */
export {};
