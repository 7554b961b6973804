import { Alert, Button, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  useCreate,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { SimilarCases } from '../cases/SimilarCases';
import type { TemplateRenderResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { TemplatePicker } from '../templates/TemplatePicker';
import { useDrafts } from './useDrafts';

/** Plenty for a government reply; the API caps a draft at 20,000 characters. */
const MAX_REPLY = 20_000;

/** The lead department's reply: start from a template or a similar case, save versions, submit for review. */
export const ReplyEditor = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [create] = useCreate();
  const { drafts, refetch } = useDrafts(record?.id as number | undefined);
  const latest = drafts[0];
  const [body, setBody] = useState('');
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: load the saved text only when a version first arrives
  useEffect(() => {
    if (latest && body === '') setBody(latest.body);
  }, [latest?.id]);
  if (!record) return null;

  const dirty = body.trim() !== (latest?.body ?? '').trim();
  const save = async (): Promise<number | undefined> => {
    if (!dirty) return latest?.id as number | undefined;
    const created = await create(
      'drafts',
      { data: { caseId: record.id, body: body.trim(), templateId } },
      { returnPromise: true },
    );
    await refetch();
    return created.id as number;
  };
  const run = async (submit: boolean) => {
    setBusy(true);
    try {
      const draftId = await save();
      if (submit) {
        await dataProvider.action('cases', record.id, 'submit', draftId ? { draftId } : {});
        notify('desk.reply.submitted', { type: 'success' });
        refresh();
      } else notify('desk.reply.saved', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="reply-editor">
      {latest?.status === 'rejected' && latest.reviewComment ? (
        <Alert severity="warning">
          {translate('desk.reply.returned_with')}
          {latest.reviewComment}
        </Alert>
      ) : null}
      <Stack sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }} direction="row">
        <TemplatePicker
          caseRecord={record}
          value={templateId ?? latest?.templateId ?? null}
          onPick={async (t) => {
            if (body.trim() && !window.confirm(translate('desk.reply.replace_confirm'))) return;
            // The server fills the placeholders (case, department, applicant) the same way for everyone.
            const rendered = await dataProvider.postJson<TemplateRenderResponse>(`templates/${t.id}/render`, {
              caseId: record.id,
            });
            setBody(rendered.body);
            setTemplateId(t.id as number);
          }}
        />
      </Stack>
      <TextField
        multiline
        minRows={10}
        fullWidth
        value={body}
        onChange={(e) => setBody(e.target.value.slice(0, MAX_REPLY))}
        placeholder={translate('desk.reply.placeholder')}
        slotProps={{ htmlInput: { 'data-testid': 'reply-body' } }}
        helperText={`${body.length} / ${MAX_REPLY}${latest ? ` · ${translate('desk.reply.version', { version: latest.version })}` : ''}`}
      />
      <Stack sx={{ gap: 1 }} direction="row">
        <Button variant="outlined" disabled={busy || !body.trim() || !dirty} onClick={() => run(false)}>
          {translate('desk.reply.save')}
        </Button>
        <Button
          variant="contained"
          disabled={busy || !body.trim()}
          onClick={() => run(true)}
          data-testid="reply-submit"
        >
          {translate('desk.reply.submit')}
        </Button>
      </Stack>
      <SimilarCases onQuote={(text) => setBody((b) => (b.trim() ? `${b}\n\n${text}` : text))} />
    </Stack>
  );
};
