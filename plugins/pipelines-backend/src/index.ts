/**
 * Stagecraft pipelines backend: pipeline flow graphs with live metrics, health and
 * configuration from CloudWatch and the AWS APIs, or a simulated source.
 *
 * @packageDocumentation
 */

export { pipelinesPlugin as default } from './plugin';
