/**
 * Stagecraft's frontend test harness, shared by the frontend plugins' tests.
 *
 * @packageDocumentation
 */
export { renderOnEntityPage } from './renderOnEntityPage';
