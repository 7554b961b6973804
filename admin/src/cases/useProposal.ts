import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { RoutingProposalResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';

export interface ProposalSubject {
  messageId?: number | null;
  eventId?: number | null;
  title?: string;
  body?: string;
}

/** Wait this long after the last keystroke before asking again (the officer is still typing). */
const TYPING_PAUSE_MS = 600;

/**
 * The routing proposal the API would give a case about this subject (its message, event or text),
 * asked again when the subject changes. `null` subject asks nothing (a role without routing access).
 */
export function useProposal(subject: ProposalSubject | null) {
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [state, setState] = useState<{ proposal: RoutingProposalResponse; loading: boolean }>({
    proposal: null,
    loading: subject !== null,
  });
  const key = subject ? JSON.stringify(subject) : null;
  useEffect(() => {
    if (key === null) return;
    let stale = false;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      dataProvider
        .postJson<RoutingProposalResponse>('routing-rules/propose', JSON.parse(key))
        .then((proposal) => !stale && setState({ proposal, loading: false }))
        .catch(() => !stale && setState({ proposal: null, loading: false }));
    }, TYPING_PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, dataProvider]);
  return state;
}
