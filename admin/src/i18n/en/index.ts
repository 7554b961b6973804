import englishMessages from 'ra-language-english';
import { deepMerge } from '../merge';
import { casesEn } from './cases';
import { deskEn } from './desk';
import { ingestEn } from './ingest';
import { resourcesEn } from './resources';

export const en = deepMerge({ ...englishMessages, resources: resourcesEn, desk: deskEn }, casesEn, ingestEn);
