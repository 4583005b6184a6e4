import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { defaultAwsClientFactory } from './aws/clients';
import { SharedCache } from './cache/SharedCache';
import { readPipelinesBackendConfig } from './config';
import { AwsLiveConfigSource } from './liveConfig/AwsLiveConfigSource';
import { SimulatedLiveConfigSource } from './liveConfig/SimulatedLiveConfigSource';
import { CloudWatchGateway } from './metrics/cloudWatchGateway';
import { CloudWatchMetricsSource } from './metrics/CloudWatchMetricsSource';
import { SimulatedMetricsSource } from './metrics/simulated/SimulatedMetricsSource';
import { createRouter } from './router';
import { AwsCapacityFacts } from './capacity/AwsCapacityFacts';
import { CapacityService } from './capacity/CapacityService';
import { SimulatedCapacityFacts } from './capacity/SimulatedCapacityFacts';
import { CapacityFactsSource } from './capacity/types';
import { AwsEdgeObserver } from './drift/AwsEdgeObserver';
import { EdgeDriftService } from './drift/EdgeDriftService';
import { EdgeObserver } from './drift/types';
import { SimulatedEdgeObserver } from './drift/SimulatedEdgeObserver';
import { MetricsWatch } from './service/MetricsWatch';
import { scheduleMetricsSignals } from './service/scheduleMetricsSignals';
import {
  PipelinesService,
  PipelinesServiceOptions,
} from './service/PipelinesService';

/**
 * Pipeline flow graphs with live metrics and health.
 *
 * @public
 */
export const pipelinesPlugin = createBackendPlugin({
  pluginId: 'pipelines',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
        scheduler: coreServices.scheduler,
        signals: signalsServiceRef,
      },
      async init({
        auth,
        config,
        logger,
        cache,
        httpAuth,
        httpRouter,
        catalog,
        scheduler,
        signals,
      }) {
        const {
          source,
          thresholds,
          softTimeoutMs,
          hardTimeoutMs,
          requestTimeoutMs,
          capacityHeadroom,
          replicasShareCache,
          cloudWatchEndpoint,
        } = readPipelinesBackendConfig(config);
        // One clock for every part, so they agree on what time it is.
        const clock = Date.now;
        const sharedCache = new SharedCache(cache, logger, { clock });

        let sources: Pick<PipelinesServiceOptions, 'metrics' | 'liveConfig'>;
        let edgeObserver: EdgeObserver;
        let capacityFacts: CapacityFactsSource;
        if (source === 'cloudwatch') {
          const clients = defaultAwsClientFactory(
            DefaultAwsCredentialsManager.fromConfig(config),
            { requestTimeoutMs, cloudWatchEndpoint },
          );
          sources = {
            metrics: new CloudWatchMetricsSource({
              gateway: new CloudWatchGateway(clients, { requestTimeoutMs }),
              cache: sharedCache,
              logger,
              clock,
              softTimeoutMs,
              hardTimeoutMs,
              coalesceAcrossReplicas: replicasShareCache,
            }),
            liveConfig: new AwsLiveConfigSource(clients, sharedCache, {
              softTimeoutMs,
              hardTimeoutMs,
              requestTimeoutMs,
              clock,
            }),
          };
          edgeObserver = new AwsEdgeObserver(clients, sharedCache, {
            softTimeoutMs,
            hardTimeoutMs,
            requestTimeoutMs,
            clock,
          });
          capacityFacts = new AwsCapacityFacts(clients, sharedCache, {
            softTimeoutMs,
            hardTimeoutMs,
            requestTimeoutMs,
            clock,
          });
          logger.info(
            'Pipelines: live metrics from CloudWatch (aws config present)',
          );
        } else {
          sources = {
            metrics: new SimulatedMetricsSource(clock),
            liveConfig: new SimulatedLiveConfigSource(clock),
          };
          edgeObserver = new SimulatedEdgeObserver();
          capacityFacts = new SimulatedCapacityFacts(clock);
          logger.info(
            'Pipelines: no aws config, so metrics come from the simulated source (every view says "simulated")',
          );
        }
        // Pages load their metrics again when signalled, instead of polling.
        const watch = new MetricsWatch({ clock });
        const service = new PipelinesService({
          catalog,
          auth,
          logger,
          thresholds,
          clock,
          watch,
          ...sources,
        });
        await scheduleMetricsSignals({
          watch,
          service,
          auth,
          signals,
          scheduler,
          logger,
        });

        const edgeDrift = new EdgeDriftService({
          catalog,
          observer: edgeObserver,
          logger,
          clock,
        });

        const capacity = new CapacityService({
          catalog,
          ...sources,
          facts: capacityFacts,
          headroom: capacityHeadroom,
          logger,
          clock,
        });

        httpRouter.use(
          await createRouter({ httpAuth, service, edgeDrift, capacity }),
        );
      },
    });
  },
});
