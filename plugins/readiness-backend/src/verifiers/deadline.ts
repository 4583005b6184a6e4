// Deadlines live in @stagecraft/backend-node; this path stays for ReadinessService.
export { withDeadline } from '@stagecraft/backend-node';
