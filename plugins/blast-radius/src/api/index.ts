export { blastRadiusApiRef } from './BlastRadiusApi';
export type { BlastRadiusApi } from './BlastRadiusApi';
export { BlastRadiusClient } from './BlastRadiusClient';
