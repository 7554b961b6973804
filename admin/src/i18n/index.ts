import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { deepMerge } from './merge';
import { zhCN } from './zh-CN';

type Messages = Record<string, unknown>;

const catalogues = {
  'zh-CN': deepMerge(englishMessages as unknown as Messages, zhCN) as unknown as TranslationMessages,
  en: en as TranslationMessages,
};

/** Chinese first; English one click away. Missing Chinese keys fall back to English. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? catalogues.en : catalogues['zh-CN']),
  'zh-CN',
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);
