import { runWebJob } from '../sources/web-job';
import type { DeskJobHandler } from './deps';

/** `web`: a preview of a web source's settings, or one pasted link, for someone waiting on the API. */
export const web: DeskJobHandler<'web'> = (deps) => async (payload) =>
  runWebJob(payload, { ...deps, privateAddresses: deps.web?.privateAddresses });
