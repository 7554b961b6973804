import { type CaseType, caseTypeLabels } from '@desk/core';
import {
  casesByType,
  type Db,
  disclosureChannels,
  disclosureTable3,
  disclosureTable4,
  yearBounds,
} from '@desk/core/store';

export type AnnualReport = Awaited<ReturnType<typeof buildAnnualReport>>;

/**
 * The year's statistics in the shape of the annual report on government information disclosure:
 * inquiries handled, 依申请公开 by channel, Table 三 (with its check) and Table 四.
 */
export async function buildAnnualReport(db: Db, year: number) {
  const { start, end } = yearBounds(year);
  const [table3, table4, channels, byType] = await Promise.all([
    disclosureTable3(db, year),
    disclosureTable4(db, year),
    disclosureChannels(db, start, end),
    casesByType(db, start, end),
  ]);
  const inquiries = byType
    .filter((r) => r.type !== 'disclosure' && r.type !== 'opinion')
    .map((r) => ({ ...r, label: caseTypeLabels[r.type as CaseType]?.zh ?? r.type }));
  const handled = inquiries.reduce((sum, r) => sum + r.completed, 0);
  return {
    year,
    generatedAt: new Date().toISOString(),
    inquiries: { byType: inquiries, received: inquiries.reduce((s, r) => s + r.received, 0), handled },
    disclosure: { channels, table3, table4 },
  };
}
