import englishMessages from 'ra-language-english';
import { deskEn } from './desk';
import { resourcesEn } from './resources';

export const en = { ...englishMessages, resources: resourcesEn, desk: deskEn };
