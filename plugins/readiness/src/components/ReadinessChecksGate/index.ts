export { ReadinessChecksGate } from './ReadinessChecksGate';
