import type { Db } from '@desk/core/store';
import type { QueueConfig, Redis } from '@desk/queue';
import type { SearchConfig } from '@desk/search-config';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import type { IngestTuning } from './tuning';

/** What the ingest workers reach; built by the launcher (or a test) from the same runtime as the API. */
export interface IngestContext {
  db: Db;
  redis: Redis;
  search: { client: Meilisearch; config: SearchConfig };
  queue: QueueConfig;
  log: Logger;
  /** Run the built-in demo feed of generated citizen messages. */
  demo: boolean;
  /** Alert e-mail relay and sender (SMTP_URL, ALERT_MAIL_FROM); without them e-mail channels are skipped. */
  mail?: {
    smtpUrl?: string;
    from?: string /** Recipients of the daily briefing (BRIEFING_MAIL_TO). */;
    briefingTo?: string[];
  };
  /** Reading web pages: the contact named in the User-Agent (DESK_CRAWLER_CONTACT), and whether pasted
   * links may reach private-network addresses (DESK_FETCH_PRIVATE_ADDRESSES, intranets and tests). */
  web?: { contact?: string; privateAddresses?: boolean };
  /** Overrides of the defaults in tuning.ts. */
  tuning?: Partial<IngestTuning>;
}
