import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@desk/core/store';
import { watchOutboxLag } from '@desk/ingest';
import { createQueueSet, observeQueueDepths, type QueueConfig, queueNames } from '@desk/queue';
import { collectDefaultMetrics, register } from 'prom-client';

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

let processMetrics = false;

/**
 * Prometheus text at `http://HOST:METRICS_PORT/metrics`, on a port of its own rather than the API's:
 * Prometheus scrapes without a desk session, worker processes have no API port, and queue internals
 * stay off the public port (bind it to a private interface). Each process serves its own counters
 * (requests, jobs, ingest) and the installation-wide gauges (queue depths, search lag).
 */
export async function startMetricsServer(options: {
  port: number;
  host: string;
  db: Db;
  queue: QueueConfig;
}): Promise<MetricsServer> {
  if (!processMetrics) collectDefaultMetrics(); // CPU, memory, event-loop lag of this process
  processMetrics = true;
  watchOutboxLag(options.db);
  const queues = createQueueSet(options.queue);
  const unobserve = observeQueueDepths(queueNames.map((name) => queues.get(name)));
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') return void res.writeHead(404).end();
    register.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': register.contentType }).end(text),
      (error) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      unobserve();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queues.close();
    },
  };
}
