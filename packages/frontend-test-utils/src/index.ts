/**
 * Stagecraft's frontend test harness, shared by the frontend plugins' tests.
 *
 * @packageDocumentation
 */
export { renderOnEntityPage, renderWithApis } from './renderOnEntityPage';
export { renderPluginApp, LAZY_LOAD, someLinkTo } from './renderPluginApp';
export {
  testEntity,
  entityFilterOf,
  entityFilterIn,
  acceptedBy,
  providedApiId,
} from './extensionChecks';
export { clientApis } from './clientApis';
export { onePagePaging } from './onePagePaging';
export { FakeSignalApi, type SignalMessage } from './FakeSignalApi';
