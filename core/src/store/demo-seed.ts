import type { Role } from '../domain/user';
import type { Db } from './db';
import { hashPassword } from './passwords';
import { getMeta, setMeta } from './repos/meta';
import { departments, users } from './schema';

export const DEMO_PASSWORD = 'desk-demo';

/** The departments of a prefecture-level city government that answer public opinion. */
export const demoDepartments = [
  { code: 'office', name: '市政府办公室', nameEn: 'General Office of the Municipal Government' },
  { code: 'publicity', name: '市委宣传部', nameEn: 'Publicity Department' },
  { code: 'cyberspace', name: '网信办', nameEn: 'Cyberspace Affairs Office' },
  { code: 'edu', name: '教育局', nameEn: 'Education Bureau' },
  { code: 'health', name: '卫健委', nameEn: 'Health Commission' },
  { code: 'housing', name: '住建局', nameEn: 'Housing and Urban-Rural Development Bureau' },
  { code: 'emergency', name: '应急管理局', nameEn: 'Emergency Management Bureau' },
  { code: 'market', name: '市场监管局', nameEn: 'Market Regulation Bureau' },
  { code: 'civil', name: '民政局', nameEn: 'Civil Affairs Bureau' },
  { code: 'resources', name: '自然资源和规划局', nameEn: 'Natural Resources and Planning Bureau' },
  { code: 'environment', name: '生态环境局', nameEn: 'Ecology and Environment Bureau' },
  { code: 'police', name: '公安局', nameEn: 'Public Security Bureau' },
  { code: 'transport', name: '交通运输局', nameEn: 'Transport Bureau' },
  { code: 'hrss', name: '人力资源和社会保障局', nameEn: 'Human Resources and Social Security Bureau' },
  { code: 'culture', name: '文化广电新闻出版旅游局', nameEn: 'Culture and Tourism Bureau' },
  { code: 'urban', name: '城市管理局', nameEn: 'Urban Management Bureau' },
] as const;

const demoStaff: { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'duty', displayName: '值班员 张敏', role: 'duty' },
  { username: 'reviewer', displayName: '审核员 李华', role: 'reviewer' },
  { username: 'leader', displayName: '王局长', role: 'leader' },
];

/** Handler accounts are named after their department's code: `edu`, `health`, `housing`, … */
export const demoAccounts = [
  ...demoStaff.map((s) => ({ username: s.username, role: s.role, department: null as string | null })),
  ...demoDepartments.map((d) => ({ username: d.code, role: 'handler' as Role, department: d.name })),
];

/**
 * Seed the demo departments and one account per role. Runs once per database: a marker in `meta`
 * makes a second start a no-op. Returns whether anything was seeded.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await getMeta(db, 'demo-seeded')) return false;
  // One hash for the shared, publicly documented demo password keeps the seed fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(departments)
      .values([...demoDepartments])
      .onConflictDoNothing()
      .returning();
    const byCode = new Map(rows.map((d) => [d.code, d.id]));
    await tx
      .insert(users)
      .values([
        ...demoStaff.map((s) => ({ ...s, passwordHash, departmentId: null })),
        ...demoDepartments.map((d) => ({
          username: d.code,
          displayName: `${d.name}承办人`,
          role: 'handler' as const,
          departmentId: byCode.get(d.code) ?? null,
          passwordHash,
        })),
      ])
      .onConflictDoNothing();
    await setMeta(tx as unknown as Db, 'demo-seeded', { at: new Date().toISOString() });
  });
  return true;
}
