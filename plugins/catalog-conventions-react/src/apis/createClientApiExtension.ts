import { ApiRef } from '@backstage/core-plugin-api';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import {
  BackendClientClass,
  createClientApiFactory,
} from './createClientApiFactory';

/**
 * The new frontend system's API extension that provides `api` with `Client` (see
 * `createClientApiFactory`). It has no name, so a plugin that installs it has it as
 * `api:<plugin id>`.
 *
 * @public
 */
export function createClientApiExtension<Api, Impl extends Api>(
  api: ApiRef<Api>,
  Client: BackendClientClass<Impl>,
) {
  return ApiBlueprint.make({
    params: defineParams => defineParams(createClientApiFactory(api, Client)),
  });
}
