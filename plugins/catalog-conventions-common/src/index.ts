/**
 * The catalog conventions every Stagecraft capability shares.
 *
 * @packageDocumentation
 */

export { safeHttpUrl } from './links/safeHttpUrl';
