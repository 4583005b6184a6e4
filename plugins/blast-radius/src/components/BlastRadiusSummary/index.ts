export { BlastRadiusSummary, summarizeBlastRadius } from './BlastRadiusSummary';
