import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './merge';
import { zhCN } from './zh-CN';

type Messages = Record<string, unknown>;

const chinese = deepMerge(englishMessages as unknown as Messages, zhCN) as unknown as TranslationMessages;

/** Chinese first; English one click away. Missing Chinese keys fall back to English. */
export const i18nProvider = polyglotI18nProvider(
  // English is fetched on first switch; Chinese, the default, is in the initial bundle.
  (locale) => (locale === 'en' ? import('./en').then((m) => m.en as TranslationMessages) : chinese),
  'zh-CN',
  [
    { locale: 'zh-CN', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);
