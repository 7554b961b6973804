import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { zhCN } from './zh-CN';

type Messages = Record<string, unknown>;

function deepMerge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] =
      value && typeof value === 'object' && prev && typeof prev === 'object'
        ? deepMerge(prev as Messages, value as Messages)
        : value;
  }
  return out;
}

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
