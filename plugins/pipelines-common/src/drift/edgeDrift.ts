import { MetricsSourceKind } from '../api';

/** Which side of the comparison an edge exists on. */
export type EdgeDriftSide = 'only-in-aws' | 'only-in-yaml';

/** What the UI calls each side. */
export const EDGE_DRIFT_LABELS: Record<EdgeDriftSide, string> = {
  'only-in-aws': 'only in AWS',
  'only-in-yaml': 'only in YAML',
};

/** One end of a drifted edge: a catalog entity, or what AWS names when no entity matches. */
export interface DriftEndpoint {
  /** The entity ref, when the catalog has an entity for this end. */
  ref?: string;
  /** A stage title, an ARN or a consumer name: what to show. */
  label: string;
  /** True when the end is a stage of this pipeline (so the edge can be drawn on the flow). */
  inPipeline: boolean;
}

/** What AWS (or the catalog) says that shows the edge. */
export interface EdgeDriftEvidence {
  kind: 'event-source-mapping' | 'stream-consumer' | 'declaration';
  /** The event source mapping's UUID or the consumer's name. */
  id?: string;
  /** The mapping's state (`Enabled`, `Disabled`, …) or the consumer's status. */
  state?: string;
  /** The event source ARN or the consumer ARN. */
  arn?: string;
  /** The evidence in one sentence. */
  detail: string;
}

/** An edge that one side has and the other does not. */
export interface EdgeDrift {
  side: EdgeDriftSide;
  source: DriftEndpoint;
  target: DriftEndpoint;
  evidence: EdgeDriftEvidence;
  /** How to make the two sides agree, in one sentence. */
  fix: string;
}

/** What the AWS calls that judge a stage's edges. */
export type DriftCheckOperation =
  | 'lambda:ListEventSourceMappings'
  | 'kinesis:ListStreamConsumers';

/** A stage whose edges could not be compared: its AWS call failed, was throttled, denied or hung. */
export interface UnknownDriftStage {
  ref: string;
  title: string;
  operation: DriftCheckOperation;
  /** Why, in plain words (names the account, region and operation, never a credential). */
  reason: string;
}

/** The drift between the edges a pipeline's YAML declares and those AWS reports. */
export interface PipelineEdgeDrift {
  pipeline: { ref: string; title: string };
  /** `simulated` when no AWS is configured: the AWS side is made up. */
  source: MetricsSourceKind;
  onlyInAws: EdgeDrift[];
  onlyInYaml: EdgeDrift[];
  /** Stages whose edges AWS was asked about and answered for. */
  checkedStages: string[];
  /** Stages whose edges could not be compared; none of their edges is reported as drift. */
  unknownStages: UnknownDriftStage[];
  generatedAt: string;
}

/** Stable key of an edge between two refs, e.g. for drawing drifted edges. */
export function edgeKey(from: string, to: string): string {
  return `${from}->${to}`;
}
