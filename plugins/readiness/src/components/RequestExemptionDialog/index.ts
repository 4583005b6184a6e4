export { RequestExemptionDialog } from './RequestExemptionDialog';
