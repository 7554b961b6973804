import {
  type ApplicantType,
  type CaseStatus,
  type CaseType,
  caseStatuses,
  caseTypeByChineseName,
  choosePolicy,
  type DisclosureOutcome,
  type Escalation,
  inquiryChannels,
  LegalChallengeCreateSchema,
  processActor,
  type Severity,
  startClock,
  type WorkCalendar,
} from '@desk/core';
import { maskContact } from '@desk/core/pii';
import {
  appendAudit,
  clockColumns,
  createLegalChallenge,
  type Db,
  listPolicies,
  listRoutingRules,
  markForReindex,
  schema,
} from '@desk/core/store';
import { inArray, sql } from 'drizzle-orm';
import type { HistoryEvent } from './events';
import type { HistoryMessage } from './messages';
import type { SeededRandom } from './random';
import { type HistoryDay, momentOn } from './shape';
import { disclosureSubjects, estates, replies, roads, satisfactionNotes, schools } from './texts.zh';
import { type CaseTimeline, caseTimeline, chooseStatus } from './timeline';

const DAY_MS = 86_400_000;
const BATCH = 400;

/** Share of web messages a duty officer turns into a case (complaints and requests for help). */
const WEB_CASE_SHARE = 0.02;
/** 依申请公开 requests per working day (a city government gets a few hundred a year). */
const DISCLOSURE_PER_WORKING_DAY = 0.6;

/** Applicant types of Table 三 (most are natural persons) and outcomes spread over its rows. */
const applicantWeights: Record<ApplicantType, number> = {
  'natural-person': 80,
  commercial: 8,
  'legal-service': 5,
  research: 2,
  'public-interest': 2,
  'other-org': 3,
};
const outcomeWeights: Record<DisclosureOutcome, number> = {
  granted: 40,
  partial: 10,
  'withheld.state-secret': 0.5,
  'withheld.law-prohibited': 1,
  'withheld.security-stability': 0.5,
  'withheld.third-party': 1.5,
  'withheld.internal-affairs': 2,
  'withheld.process-info': 3,
  'withheld.enforcement-file': 1,
  'withheld.administrative-query': 1,
  'unable.not-held': 12,
  'unable.needs-creation': 4,
  'unable.unclear-after-supplement': 2,
  'not-processed.petition': 4,
  'not-processed.repeat': 3,
  'not-processed.publication': 1,
  'not-processed.excessive': 0.5,
  'not-processed.confirm-or-reissue': 1,
  'other.no-supplement': 2,
  'other.no-fee': 0.5,
  'other.other': 2,
};
const severityOfEvent: Record<string, Severity> = {
  特别重大: 'especially-major',
  重大: 'major',
  较大: 'large',
  一般: 'general',
};

interface PlannedCase {
  type: CaseType;
  severity: Severity | null;
  title: string;
  body: string;
  channel: (typeof schema.cases.$inferInsert)['channel'];
  receivedAt: Date;
  messageId: number | null;
  eventId: number | null;
  departmentId: number;
  coDepartmentIds: number[];
  applicantType: ApplicantType | null;
  outcome: DisclosureOutcome | null;
  contact: { name?: string; phone?: string; email?: string } | null;
}

export interface HistoryCases {
  ids: number[];
  byStatus: Partial<Record<CaseStatus, number>>;
}

/**
 * Cases of the year: the portal's inquiries (12345 types), some web messages, the events' opinion
 * cases and 依申请公开 requests, each walked along its timeline with deadlines from the policies and
 * the calendar; written in multi-row inserts with their history, drafts, published replies, contacts,
 * satisfaction visits, a reconsideration and a lawsuit, and one audit row for the whole seeding.
 */
export async function createHistoryCases(
  db: Db,
  input: {
    messages: HistoryMessage[];
    events: HistoryEvent[];
    days: HistoryDay[];
    calendar: WorkCalendar;
    random: SeededRandom;
    now: Date;
  },
): Promise<HistoryCases> {
  const { calendar, random, now } = input;
  const departments = await db.select().from(schema.departments);
  const users = await db.select().from(schema.users);
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const handlerOf = new Map(users.filter((u) => u.role === 'handler').map((u) => [u.departmentId, u]));
  const byCode = new Map(departments.map((d) => [d.code, d]));
  const routing = new Map(
    (await listRoutingRules(db)).filter((r) => r.topic).map((r) => [r.topic!, r.departmentId]),
  );
  const departmentFor = (topic: string | null) =>
    (topic && routing.get(topic)) || random.pick(departments).id;
  const policies = await listPolicies(db);

  const planned: PlannedCase[] = [];
  const contacts = await inquiryContacts(db, input.messages);
  for (const m of input.messages) {
    if (m.burst) continue;
    const fromInquiry = m.kind === 'inquiry';
    if (!fromInquiry && !random.chance(WEB_CASE_SHARE)) continue;
    const type: CaseType = fromInquiry
      ? (caseTypeByChineseName[m.inquiryType ?? ''] ?? 'consultation')
      : random.weighted({ complaint: 3, help: 2, suggestion: 1 });
    const lead = departmentFor(m.topic);
    planned.push({
      type,
      severity: null,
      title: m.title.slice(0, 200),
      body: m.body,
      channel: fromInquiry ? (contacts.get(m.id)?.channel ?? 'web') : 'web',
      receivedAt: fromInquiry
        ? m.receivedAt
        : new Date(m.receivedAt.getTime() + random.int(1, 6) * 3_600_000),
      messageId: m.id,
      eventId: null,
      departmentId: lead,
      coDepartmentIds: random.chance(0.1) ? [random.pick(departments).id].filter((d) => d !== lead) : [],
      applicantType: null,
      outcome: null,
      contact: contacts.get(m.id)?.contact ?? null,
    });
  }
  const messageById = new Map(input.messages.map((m) => [m.id, m]));
  for (const e of input.events) {
    if (e.messageIds.length < 6 && !random.chance(0.3)) continue;
    const first = messageById.get(e.messageIds[0]!)!;
    planned.push({
      type: 'opinion',
      severity: severityOfEvent[e.severity] ?? 'general',
      title: e.title,
      body: `网民集中反映“${e.title}”，涉及留言 ${e.messageIds.length} 条。${first.body.slice(0, 300)}`,
      channel: 'monitoring',
      receivedAt: new Date(e.firstSeenAt.getTime() + random.int(1, 4) * 3_600_000),
      messageId: first.id,
      eventId: e.id,
      departmentId: departmentFor(first.topic),
      coDepartmentIds: [],
      applicantType: null,
      outcome: null,
      contact: null,
    });
  }
  for (const day of input.days) {
    const expected = day.workingDay ? DISCLOSURE_PER_WORKING_DAY : 0.1;
    for (let n = 0; random.next() < expected / (n + 1) && n < 4; n++) {
      const subject = disclosureSubjects.length ? random.pick(disclosureSubjects) : '';
      const title = `申请公开${subject}`
        .replace('{estate}', random.pick(estates))
        .replace('{road}', random.pick(roads))
        .replace('{school}', random.pick(schools))
        .replace('{region}', random.pick(['昌江区', '珠山区', '浮梁县', '乐平市']));
      const lead = random.pick(['resources', 'housing', 'office', 'environment', 'civil', 'edu'] as const);
      planned.push({
        type: 'disclosure',
        severity: null,
        title,
        body: `申请人依据《中华人民共和国政府信息公开条例》申请获取以下政府信息：${title.slice(4)}。获取方式：电子邮件。`,
        channel: random.weighted({ web: 6, letter: 2, 'in-person': 1, email: 1 }),
        receivedAt: momentOn(day, random),
        messageId: null,
        eventId: null,
        departmentId: byCode.get(lead)?.id ?? random.pick(departments).id,
        coDepartmentIds: [],
        applicantType: random.weighted(applicantWeights),
        outcome: random.weighted(outcomeWeights),
        contact: null,
      });
    }
  }
  planned.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());

  // Each case's status, then its road and clock through the desk's own deadline rules.
  const statuses = planned.map((p) => {
    const status = chooseStatus((now.getTime() - p.receivedAt.getTime()) / DAY_MS, p.type, random);
    // A disclosure answer that is not 公开/不予公开/无法提供 is recorded by closing the request.
    if (p.type === 'disclosure' && (status === 'published' || status === 'closed'))
      return /^(not-processed|other)\./.test(p.outcome!) ? 'closed' : 'published';
    return status;
  });
  ensureEveryStatus(planned, statuses, now, random);
  const lives = planned.map((p, i) => {
    const policy = choosePolicy(policies, { type: p.type, severity: p.severity, jurisdiction: 'default' })!;
    const clock = startClock(policy, p.receivedAt, p.type === 'opinion' ? 'detected' : 'received');
    const status = statuses[i]!;
    return caseTimeline({
      status,
      type: p.type,
      receivedAt: p.receivedAt,
      clock,
      calendar,
      now,
      random,
      outcome: p.outcome,
    });
  });

  const duty = byUsername.get('duty')!;
  const reviewer = byUsername.get('reviewer')!;
  const ids: number[] = [];
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    for (let start = 0; start < planned.length; start += BATCH) {
      const rows = planned
        .slice(start, start + BATCH)
        .map((p, i) => caseRow(p, lives[start + i]!, duty.id, calendar, now));
      const inserted = await t.insert(schema.cases).values(rows).returning({ id: schema.cases.id });
      ids.push(...inserted.map((r) => r.id));
    }
    const codes = new Map(
      (
        await t
          .select({ id: schema.cases.id, code: schema.cases.code })
          .from(schema.cases)
          .where(inArray(schema.cases.id, ids))
      ).map((r) => [r.id, r.code]),
    );
    const actorOf = (p: PlannedCase, who: 'duty' | 'handler' | 'reviewer') =>
      who === 'duty' ? duty : who === 'reviewer' ? reviewer : (handlerOf.get(p.departmentId) ?? duty);
    const history: (typeof schema.caseHistory.$inferInsert)[] = [];
    const drafts: (typeof schema.drafts.$inferInsert)[] = [];
    const responses: (typeof schema.responses.$inferInsert)[] = [];
    const caseContacts: (typeof schema.caseContacts.$inferInsert)[] = [];
    const followUps: { id: number; satisfaction: string; note: string; at: Date }[] = [];
    const merges: { id: number; into: number }[] = [];
    const department = new Map(departments.map((d) => [d.id, d.name]));
    planned.forEach((p, i) => {
      const id = ids[i]!;
      const life = lives[i]!;
      const reply = random
        .pick(replies[p.type] ?? replies.consultation!)
        .replace('{department}', department.get(p.departmentId) ?? '')
        .replace('{title}', p.title.slice(0, 40));
      for (const step of life.steps) {
        const actor = actorOf(p, step.actor);
        const payload =
          step.action === 'assign'
            ? { departmentId: p.departmentId, coDepartmentIds: p.coDepartmentIds }
            : step.payload;
        history.push({
          caseId: id,
          at: step.at,
          actorId: actor.id,
          actorName: actor.username,
          action: step.action,
          fromStatus: step.from,
          toStatus: step.to,
          payload,
        });
        if (step.action === 'draft') {
          const draftStatus =
            { drafting: 'draft', 'in-review': 'submitted' }[life.status as string] ?? 'approved';
          drafts.push({
            caseId: id,
            version: 1,
            body: reply,
            status: draftStatus,
            authorId: actor.id,
            authorName: actor.username,
            createdAt: step.at,
          });
        }
      }
      if (life.publishedAt)
        responses.push({
          caseId: id,
          caseCode: codes.get(id)!,
          caseType: p.type,
          title: p.title,
          body: reply,
          departmentId: p.departmentId,
          departmentName: department.get(p.departmentId) ?? null,
          channels: ['portal'],
          receivedAt: p.receivedAt,
          publishedAt: life.publishedAt,
          publishedBy: reviewer.id,
        });
      if (p.contact) caseContacts.push({ caseId: id, ...p.contact });
      const visitAt = life.publishedAt && new Date(life.publishedAt.getTime() + random.int(1, 3) * DAY_MS);
      if (visitAt && visitAt < now && p.type !== 'opinion' && p.type !== 'disclosure' && random.chance(0.7)) {
        const satisfaction = random.weighted({ satisfied: 72, 'basically-satisfied': 20, dissatisfied: 8 });
        const note = random.pick(satisfactionNotes[satisfaction]!);
        followUps.push({ id, satisfaction, note, at: visitAt });
        history.push({
          caseId: id,
          at: visitAt,
          actorId: duty.id,
          actorName: duty.username,
          action: 'follow-up',
          fromStatus: 'published',
          toStatus: 'published',
          payload: { satisfaction, note },
        });
      }
      if (life.status === 'merged') {
        // Merged into an earlier case of the same kind, of the same department when there is one.
        const earlier = (same: (q: PlannedCase) => boolean) =>
          planned.findLastIndex((q, j) => j < i && same(q));
        let into = earlier((q) => q.type === p.type && q.departmentId === p.departmentId);
        if (into < 0) into = earlier((q) => q.type === p.type);
        if (into < 0) into = planned.findIndex((_, j) => j !== i);
        if (into >= 0) merges.push({ id, into: ids[into]! });
      }
    });
    for (let s = 0; s < history.length; s += 2_000)
      await t.insert(schema.caseHistory).values(history.slice(s, s + 2_000));
    for (let s = 0; s < drafts.length; s += 1_000)
      await t.insert(schema.drafts).values(drafts.slice(s, s + 1_000));
    for (let s = 0; s < responses.length; s += 1_000)
      await t.insert(schema.responses).values(responses.slice(s, s + 1_000));
    if (caseContacts.length) await t.insert(schema.caseContacts).values(caseContacts);
    for (const f of followUps)
      await t.execute(
        sql`update cases set satisfaction = ${f.satisfaction}, satisfaction_note = ${f.note}, followed_up_at = ${f.at.toISOString()} where id = ${f.id}`,
      );
    for (const m of merges)
      await t.execute(sql`update cases set merged_into_id = ${m.into} where id = ${m.id}`);
    const idList = `{${ids.join(',')}}`;
    // The messages of a case carry its departments and point at it, as assigning a case does.
    await t.execute(sql`
      update messages set case_id = c.id, status = 'case', department_ids = c.department_ids, updated_at = now()
      from cases c where c.message_id = messages.id and c.id = any(${idList}::int[]) and c.event_id is null`);
    await t.execute(sql`
      update messages set department_ids = c.department_ids
      from cases c where c.event_id = messages.event_id and c.id = any(${idList}::int[])`);
    await appendAudit(t, processActor('system'), {
      action: 'demo.history',
      entity: 'cases',
      after: { cases: ids.length, responses: responses.length, followUps: followUps.length },
    });
  });
  await markForReindex(
    db,
    planned.flatMap((p) => (p.messageId ? [p.messageId] : [])),
  );
  await addLegalChallenges(db, ids, planned, lives, now);
  const byStatus: Partial<Record<CaseStatus, number>> = {};
  for (const l of lives) byStatus[l.status] = (byStatus[l.status] ?? 0) + 1;
  return { ids, byStatus };
}

/** Every state shows on the desk: a state the draw missed is given to a recent case that fits it. */
function ensureEveryStatus(planned: PlannedCase[], statuses: CaseStatus[], now: Date, random: SeededRandom) {
  const recent = (p: PlannedCase) => {
    const age = now.getTime() - p.receivedAt.getTime();
    return age > DAY_MS / 4 && age < 20 * DAY_MS;
  };
  for (const status of caseStatuses) {
    if (statuses.includes(status)) continue;
    const fits = planned
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => recent(p) && statuses.filter((s) => s === statuses[i]).length > 3)
      .filter(({ p }) =>
        status === 'awaiting-supplement' ? p.type === 'disclosure' : p.type !== 'disclosure',
      );
    if (fits.length) statuses[random.pick(fits).i] = status;
  }
}

function caseRow(
  p: PlannedCase,
  life: CaseTimeline,
  createdBy: number,
  calendar: WorkCalendar,
  now: Date,
): typeof schema.cases.$inferInsert {
  const columns = clockColumns(life.clock, life.status, 'none', calendar, now);
  const escalation: Escalation =
    columns.clockRunning && columns.dueAt && columns.dueAt <= now
      ? 'overdue'
      : columns.clockRunning && columns.dueSoonAt && columns.dueSoonAt <= now
        ? 'due-soon'
        : 'none';
  const assigned =
    life.status !== 'new' &&
    life.status !== 'merged' &&
    !(life.status === 'closed' || life.status === 'awaiting-supplement');
  const departmentIds = assigned ? [p.departmentId, ...p.coDepartmentIds] : [];
  const lastStep = life.steps.at(-1)!;
  return {
    type: p.type,
    severity: p.severity,
    title: p.title,
    body: p.body,
    channel: p.channel,
    status: life.status,
    previousStatus:
      life.status === 'suspended'
        ? ('accepted' as const)
        : life.status === 'awaiting-supplement'
          ? ('new' as const)
          : null,
    leadDepartmentId: assigned ? p.departmentId : null,
    coDepartmentIds: assigned ? p.coDepartmentIds : [],
    departmentIds,
    messageId: p.messageId,
    eventId: p.eventId,
    contactMasked: p.contact ? maskContact(p.contact) : null,
    receivedAt: p.receivedAt,
    clock: life.clock,
    ...columns,
    escalation,
    escalatedAt: escalation === 'none' ? null : columns.dueAt,
    applicantType: p.applicantType,
    disclosureOutcome: life.completedAt ? p.outcome : null,
    outcomeAt: life.completedAt && p.outcome ? life.completedAt : null,
    createdBy,
    createdAt: p.receivedAt,
    updatedAt: lastStep.at,
    acceptedAt: life.acceptedAt,
    publishedAt: life.publishedAt,
    closedAt: life.closedAt,
    completedAt: life.completedAt,
    completedOnTime: life.completedOnTime,
  };
}

/** The portal contact of each inquiry (clear text, for `case_contacts`) and the channel it came by. */
async function inquiryContacts(db: Db, messages: HistoryMessage[]) {
  const ids = messages.filter((m) => m.kind === 'inquiry').map((m) => m.id);
  const result = new Map<number, { contact: PlannedCase['contact']; channel: PlannedCase['channel'] }>();
  for (let s = 0; s < ids.length; s += 5_000) {
    const rows = await db
      .select({
        id: schema.messagePii.messageId,
        name: schema.messagePii.contactName,
        phone: schema.messagePii.contactPhone,
        email: schema.messagePii.contactEmail,
        channel: schema.messages.channel,
      })
      .from(schema.messagePii)
      .innerJoin(schema.messages, sql`${schema.messages.id} = ${schema.messagePii.messageId}`)
      .where(inArray(schema.messagePii.messageId, ids.slice(s, s + 5_000)));
    for (const r of rows) {
      const contact = Object.fromEntries(
        Object.entries({ name: r.name, phone: r.phone, email: r.email }).filter(([, v]) => v),
      );
      const channel = inquiryChannels.find((c) => c === r.channel) ?? 'web';
      result.set(r.id, { contact: Object.keys(contact).length ? contact : null, channel });
    }
  }
  return result;
}

/** A reconsideration decided (corrected) and a lawsuit after it still pending: Table 四 has figures. */
async function addLegalChallenges(
  db: Db,
  ids: number[],
  planned: PlannedCase[],
  lives: CaseTimeline[],
  now: Date,
) {
  const refused = planned
    .map((p, i) => ({ p, life: lives[i]!, id: ids[i]! }))
    .filter(
      ({ p, life }) =>
        p.type === 'disclosure' && life.completedAt && /^(withheld|unable)\./.test(p.outcome ?? ''),
    )
    .filter(({ life }) => now.getTime() - life.completedAt!.getTime() > 60 * DAY_MS);
  // Challenges filed this year (Table 四 of this year's report), when the year is long enough for them.
  const thisYear = refused.filter(({ life }) => life.completedAt!.getUTCFullYear() === now.getUTCFullYear());
  const pool = thisYear.length >= 2 ? thisYear : refused;
  const [first, second] = [pool[0], pool[Math.floor(pool.length / 2)]];
  const actor = processActor('system');
  if (first) {
    const filedAt = new Date(first.life.completedAt!.getTime() + 20 * DAY_MS);
    await createLegalChallenge(
      db,
      actor,
      LegalChallengeCreateSchema.parse({
        caseId: first.id,
        kind: 'reconsideration',
        result: 'corrected',
        filedAt: filedAt.toISOString(),
        decidedAt: new Date(filedAt.getTime() + 45 * DAY_MS).toISOString(),
        reference: '复议决定〔2026〕第17号',
        note: '复议机关责令重新答复',
      }),
    );
    await createLegalChallenge(
      db,
      actor,
      LegalChallengeCreateSchema.parse({
        caseId: first.id,
        kind: 'lawsuit',
        lawsuitPath: 'after-reconsideration',
        filedAt: new Date(filedAt.getTime() + 55 * DAY_MS).toISOString(),
        reference: '行政诉讼（一审）',
      }),
    );
  }
  if (second && second !== first) {
    const filedAt = new Date(second.life.completedAt!.getTime() + 30 * DAY_MS);
    await createLegalChallenge(
      db,
      actor,
      LegalChallengeCreateSchema.parse({
        caseId: second.id,
        kind: 'lawsuit',
        lawsuitPath: 'direct',
        result: filedAt.getTime() + 40 * DAY_MS < now.getTime() ? 'upheld' : 'pending',
        filedAt: filedAt.toISOString(),
        decidedAt:
          filedAt.getTime() + 40 * DAY_MS < now.getTime()
            ? new Date(filedAt.getTime() + 40 * DAY_MS).toISOString()
            : null,
        reference: '行政诉讼（一审）',
      }),
    );
  }
}
