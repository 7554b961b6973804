import englishMessages from 'ra-language-english';
import { deepMerge } from '../merge';
import { adminEn } from './admin';
import { casesEn } from './cases';
import { deskEn } from './desk';
import { ingestEn } from './ingest';
import { placesEn } from './places';
import { resourcesEn } from './resources';
import { riskEn } from './risk';
import { topicsEn } from './topics';

export const en = deepMerge(
  { ...englishMessages, resources: resourcesEn, desk: deskEn },
  casesEn,
  ingestEn,
  adminEn,
  topicsEn,
  riskEn,
  placesEn,
);
