import {
  Consumer,
  KinesisClient,
  ListStreamConsumersCommand,
} from '@aws-sdk/client-kinesis';
import {
  EventSourceMappingConfiguration,
  LambdaClient,
  ListEventSourceMappingsCommand,
} from '@aws-sdk/client-lambda';
import { StageCall, allPages } from './callAws';

/** Every event source mapping of a Lambda (`lambda:ListEventSourceMappings`, all pages). */
export function listEventSourceMappings(
  client: LambdaClient,
  FunctionName: string,
  call: StageCall,
): Promise<EventSourceMappingConfiguration[]> {
  return listMappings(client, { FunctionName }, call);
}

/** Every event source mapping reading from a stream or queue, whatever function it feeds. */
export function listEventSourceMappingsOfSource(
  client: LambdaClient,
  EventSourceArn: string,
  call: StageCall,
): Promise<EventSourceMappingConfiguration[]> {
  return listMappings(client, { EventSourceArn }, call);
}

function listMappings(
  client: LambdaClient,
  filter: { FunctionName: string } | { EventSourceArn: string },
  call: StageCall,
): Promise<EventSourceMappingConfiguration[]> {
  return allPages(
    Marker =>
      call('lambda:ListEventSourceMappings', abortSignal =>
        client.send(
          new ListEventSourceMappingsCommand(
            Marker ? { ...filter, Marker } : filter,
          ),
          { abortSignal },
        ),
      ),
    page => page.EventSourceMappings,
    page => page.NextMarker,
  );
}

/** Every enhanced fan-out consumer of a Kinesis stream (`kinesis:ListStreamConsumers`, all pages). */
export function listStreamConsumers(
  client: KinesisClient,
  StreamARN: string,
  call: StageCall,
): Promise<Consumer[]> {
  return allPages(
    NextToken =>
      call('kinesis:ListStreamConsumers', abortSignal =>
        client.send(
          new ListStreamConsumersCommand(
            NextToken ? { StreamARN, NextToken } : { StreamARN },
          ),
          { abortSignal },
        ),
      ),
    page => page.Consumers,
    page => page.NextToken,
  );
}
