import { execSync } from 'child_process';

/** The machine's load as `uptime` says it: a bench prints it before and after. */
export const machineLoad = () => execSync('uptime').toString().trim();
