import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../domain/case-action';
import { AppError } from '../errors';
import { allowedActions, canSeeCase, decideTransition } from './case-machine';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  status: 'new',
  type: 'complaint',
  leadDepartmentId: 4,
  departmentIds: [4, 5],
  unit: 'working-days',
  extensionsUsed: 0,
  maxExtensions: 1,
  hasDraft: false,
  ...over,
});
const duty = { role: 'duty' as const, departmentId: null };
const lead = { role: 'handler' as const, departmentId: 4 };
const co = { role: 'handler' as const, departmentId: 5 };
const reviewer = { role: 'reviewer' as const, departmentId: null };

describe('the case state machine', () => {
  it('offers the duty officer assign, close and merge on a new case, and a handler nothing', () => {
    expect(allowedActions(facts(), duty)).toEqual(['assign', 'close', 'merge']);
    expect(allowedActions(facts(), lead)).toEqual([]);
  });

  it('lets only the lead department accept or return an assigned case', () => {
    const assigned = facts({ status: 'assigned' });
    expect(allowedActions(assigned, lead)).toEqual(
      expect.arrayContaining(['accept', 'return', 'suspend', 'extend']),
    );
    expect(allowedActions(assigned, co)).toEqual([]);
    expect(() => decideTransition(assigned, co, 'accept', null)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(decideTransition(assigned, lead, 'accept', null)).toBe('accepted');
  });

  it('answers an action the state does not allow with INVALID_TRANSITION and the allowed actions', () => {
    try {
      decideTransition(facts({ status: 'published' }), reviewer, 'approve', null);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INVALID_TRANSITION');
      expect((error as AppError).status).toBe(409);
      expect((error as AppError).details).toMatchObject({ status: 'published', allowedActions: [] });
    }
  });

  it('needs a draft before submitting and allows a single extension on working-day clocks', () => {
    expect(allowedActions(facts({ status: 'accepted' }), lead)).not.toContain('submit');
    expect(allowedActions(facts({ status: 'accepted', hasDraft: true }), lead)).toContain('submit');
    expect(allowedActions(facts({ status: 'accepted', extensionsUsed: 1 }), lead)).not.toContain('extend');
    expect(
      allowedActions(facts({ status: 'accepted', unit: 'hours', maxExtensions: 0 }), lead),
    ).not.toContain('extend');
  });

  it('returns to the status before a pause or a 补正 request', () => {
    expect(decideTransition(facts({ status: 'suspended' }), lead, 'resume', 'drafting')).toBe('drafting');
    const waiting = facts({ status: 'awaiting-supplement', type: 'disclosure' });
    expect(decideTransition(waiting, duty, 'receive-supplement', 'new')).toBe('new');
    expect(allowedActions(facts({ status: 'assigned' }), lead)).not.toContain('request-supplement');
    expect(allowedActions(facts({ status: 'assigned', type: 'disclosure' }), lead)).toContain(
      'request-supplement',
    );
  });

  it('runs the review loop: submit → reject → submit → approve → publish, and offers no 办结 after it', () => {
    let status = decideTransition(facts({ status: 'drafting', hasDraft: true }), lead, 'submit', null);
    status = decideTransition(facts({ status }), reviewer, 'reject', null);
    expect(status).toBe('drafting');
    status = decideTransition(facts({ status, hasDraft: true }), lead, 'submit', null);
    status = decideTransition(facts({ status }), reviewer, 'approve', null);
    status = decideTransition(facts({ status }), reviewer, 'publish', null);
    expect(status).toBe('published');
    expect(allowedActions(facts({ status }), reviewer)).toEqual([]);
    expect(allowedActions(facts({ status }), duty)).toEqual(['follow-up']);
    expect(() => decideTransition(facts({ status }), reviewer, 'close', null)).toThrow(AppError);
  });

  it('lets a leader approve or send back a draft only where leader approvals are configured', () => {
    const inReview = facts({ status: 'in-review' });
    expect(allowedActions(inReview, { role: 'leader', departmentId: null })).toEqual([]);
    expect(allowedActions(inReview, { role: 'leader', departmentId: null, leaderApproves: true })).toEqual([
      'approve',
      'reject',
    ]);
    expect(() =>
      decideTransition(
        facts({ status: 'approved' }),
        { role: 'leader', departmentId: null, leaderApproves: true },
        'publish',
        null,
      ),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shows a case to a handler only when their department is lead or co-department', () => {
    expect(canSeeCase(lead, [4, 5])).toBe(true);
    expect(canSeeCase(co, [4, 5])).toBe(true);
    expect(canSeeCase({ role: 'handler', departmentId: 9 }, [4, 5])).toBe(false);
    expect(canSeeCase({ role: 'handler', departmentId: null }, [4, 5])).toBe(false);
    expect(canSeeCase({ role: 'leader', departmentId: null }, [4])).toBe(true);
  });
});
