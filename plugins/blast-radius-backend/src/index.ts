/**
 * Blast radius backend plugin for Stagecraft.
 *
 * @packageDocumentation
 */
export { blastRadiusPlugin as default } from './plugin';
