/** The parts of an ARN: `arn:partition:service:region:account-id:resource`. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

const ARN_PATTERN =
  /^arn:(aws[a-zA-Z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;

/** Parses an ARN; undefined when the string is not one. */
export function parseArn(arn: string): ParsedArn | undefined {
  const match = ARN_PATTERN.exec(arn.trim());
  if (!match) return undefined;
  const [, partition, service, region, accountId, resource] = match;
  return { partition, service, region, accountId, resource };
}
