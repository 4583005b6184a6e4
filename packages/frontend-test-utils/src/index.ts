/**
 * Stagecraft's frontend test harness, shared by the frontend plugins' tests.
 *
 * @packageDocumentation
 */
export { renderOnEntityPage, renderWithApis } from './renderOnEntityPage';
export { renderPluginApp } from './renderPluginApp';
export { testEntity, entityFilterOf, acceptedBy } from './extensionChecks';
export { clientApis } from './clientApis';
