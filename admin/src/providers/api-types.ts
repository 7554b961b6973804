import type { AppType } from '@desk/api';
import type { ClientResponse, hc } from 'hono/client';

/**
 * Response types derived from the API itself (Hono's `hc<AppType>` client types), so a page that reads
 * a field the route no longer sends fails to compile. Types only: nothing of the API enters the bundle.
 */
type Api = ReturnType<typeof hc<AppType>>;
/** The JSON a client method answers with on success. */
type Ok<M> = M extends (...args: never[]) => Promise<infer R>
  ? R extends ClientResponse<infer T, infer S, 'json'>
    ? S extends 200 | 201 | 202
      ? T
      : never
    : never
  : never;

export type LeaderStatsResponse = Ok<Api['dashboard']['leader']['$get']>;
export type CaseHistoryResponse = Ok<Api['cases'][':id']['history']['$get']>;
export type CaseSuggestionsResponse = Ok<Api['cases'][':id']['suggestions']['$get']>;
export type HotnessFormulaResponse = Ok<Api['events']['formula']['$get']>;
export type EventTimelineResponse = Ok<Api['events'][':id']['timeline']['$get']>;
export type WorkflowSettingsResponse = Ok<Api['workflow-settings']['$get']>;
export type TrainingSummaryResponse = Ok<Api['training']['$get']>;
export type AnnualReportResponse = Ok<Api['reports']['annual']['$get']>;
export type SchemeSeriesResponse = Ok<Api['schemes'][':id']['series']['$get']>;
export type LinkPasteResponse = Ok<Api['messages']['from-link']['$post']>;
export type SourcePreviewResponse = Ok<Api['sources']['preview']['$post']>;
export type TemplateRenderResponse = Ok<Api['templates'][':id']['render']['$post']>;
export type DeadlineCalculationResponse = Ok<Api['calendar']['calculate']['$get']>;
export type EventCreateResponse = Ok<Api['events']['$post']>;
export type EventMergeResponse = Ok<Api['events'][':id']['messages']['$post']>;
export type DraftsResponse = Ok<Api['drafts']['$get']>;
export type MessageFacetsResponse = Ok<Api['dashboard']['facets']['$get']>;
export type SchemePreviewResponse = Ok<Api['schemes']['preview']['$post']>;
export type SchemeMessagesResponse = Ok<Api['schemes'][':id']['messages']['$get']>;
export type RoutingProposalResponse = Ok<Api['routing-rules']['propose']['$post']>;
/** The audited unmask answers, by resource (`POST /api/<resource>/:id/unmask`). */
export type UnmaskResponse = {
  cases: Ok<Api['cases'][':id']['unmask']['$post']>;
  messages: Ok<Api['messages'][':id']['unmask']['$post']>;
};

/** Compile-time probes: each derived type must be a real shape, never `never`, `unknown` or `any`. */
type Known<T> = [T] extends [never] ? false : unknown extends T ? false : true;
type Assert<T extends true> = T;
export type DerivedTypesAreKnown = [
  Assert<Known<LeaderStatsResponse>>,
  Assert<Known<CaseHistoryResponse>>,
  Assert<Known<CaseSuggestionsResponse>>,
  Assert<Known<HotnessFormulaResponse>>,
  Assert<Known<EventTimelineResponse>>,
  Assert<Known<WorkflowSettingsResponse>>,
  Assert<Known<TrainingSummaryResponse>>,
  Assert<Known<AnnualReportResponse>>,
  Assert<Known<SchemeSeriesResponse>>,
  Assert<Known<LinkPasteResponse>>,
  Assert<Known<SourcePreviewResponse>>,
  Assert<Known<TemplateRenderResponse>>,
  Assert<Known<DeadlineCalculationResponse>>,
  Assert<Known<EventCreateResponse>>,
  Assert<Known<EventMergeResponse>>,
  Assert<Known<DraftsResponse>>,
  Assert<Known<MessageFacetsResponse>>,
  Assert<Known<SchemePreviewResponse>>,
  Assert<Known<SchemeMessagesResponse>>,
  Assert<Known<RoutingProposalResponse>>,
  Assert<Known<UnmaskResponse['cases']>>,
  Assert<Known<UnmaskResponse['messages']>>,
];
