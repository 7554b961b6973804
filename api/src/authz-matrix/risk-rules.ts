import { createRiskRule, schema } from '@desk/core/store';
import type { Fixtures } from './fixtures';
import type { Matrix } from './types';

/** Risk rules (研判) and sentiment corrections: the desk tunes and corrects, leaders read. */
const desk = { admin: 'allow', duty: 'allow' } as const;
const deskAndLeader = { admin: 'allow', duty: 'allow', leader: 'allow' } as const;

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const ruleBody = () => ({ name: `矩阵研判${unique()}`, level: 'orange', words: ['燃气泄漏'] });
const system = { actorId: null, actorName: 'matrix' };
const freshRule = async (f: Fixtures) =>
  (
    await createRiskRule(
      f.db,
      { ...ruleBody(), level: 'orange', description: null, excludeWords: [], active: true },
      system,
    )
  ).id;

interface RiskFixtures {
  rule: number;
  message: number;
}
const x = (f: Fixtures) => f.extra.riskRules as RiskFixtures;

export async function setup(f: Fixtures): Promise<void> {
  const [source] = await f.db
    .insert(schema.sources)
    .values({ name: '矩阵研判来源', type: 'import' })
    .returning();
  const [message] = await f.db
    .insert(schema.messages)
    .values({
      sourceId: source!.id,
      dedupeKey: 'id:matrix-risk',
      kind: 'web',
      channel: 'web',
      title: '小区停水',
      body: '',
    })
    .returning();
  f.extra.riskRules = { rule: await freshRule(f), message: message!.id } satisfies RiskFixtures;
}

export const matrix: Matrix = {
  'GET /api/risk-rules': { access: deskAndLeader },
  'GET /api/risk-rules/:id': { access: deskAndLeader, params: (f) => ({ id: x(f).rule }) },
  'POST /api/risk-rules': { access: desk, body: ruleBody },
  'PUT /api/risk-rules/:id': { access: desk, params: (f) => ({ id: x(f).rule }), body: { level: 'red' } },
  'DELETE /api/risk-rules/:id': {
    access: { admin: 'allow' },
    params: async (f) => ({ id: await freshRule(f) }),
  },
  'POST /api/training/confirm-sentiment/:messageId': {
    access: desk,
    params: (f) => ({ messageId: x(f).message }),
    body: { label: '负面' },
  },
};
