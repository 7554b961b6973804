import { deepMerge } from '../merge';
import { adminZh } from './admin';
import { casesZh } from './cases';
import { deskZh } from './desk';
import { ingestZh } from './ingest';
import { placesZh } from './places';
import { raZh } from './ra';
import { raZhExtra } from './ra-extra';
import { resourcesZh } from './resources';
import { riskZh } from './risk';
import { topicsZh } from './topics';

/** The Chinese catalogue: react-admin's strings, the desk's own, and one file per area. */
export const zhCN = deepMerge(
  { ra: deepMerge(raZh, raZhExtra), resources: resourcesZh, desk: deskZh },
  casesZh,
  ingestZh,
  adminZh,
  topicsZh,
  riskZh,
  placesZh,
);
