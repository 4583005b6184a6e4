export { BlastRadiusControls } from './BlastRadiusControls';
export type {
  BlastRadiusControlsProps,
  GroupByOption,
} from './BlastRadiusControls';
