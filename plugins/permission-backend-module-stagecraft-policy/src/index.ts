/**
 * Stagecraft permission policy: allows everything except the secrets review,
 * which is limited to the configured reviewer groups.
 *
 * @packageDocumentation
 */

export { permissionModuleStagecraftPolicy as default } from './module';
export { StagecraftPermissionPolicy } from './policy/StagecraftPermissionPolicy';
