import { AppError } from '@desk/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiContext, AppEnv } from './context';
import { handleError } from './http/errors';
import { inputBoundary } from './http/json-input';
import { requireAuth } from './middleware/auth';
import { measureRequests } from './middleware/metrics';
import { endReindexSnapshotAfterWrites } from './middleware/reindex-snapshot';
import { docsContentSecurity, registerOpenApi } from './openapi';
import { alertChannelRoutes } from './routes/alert-channels';
import { alertRoutes } from './routes/alerts';
import { apiKeyRoutes } from './routes/api-keys';
import { auditLogRoutes } from './routes/audit-log';
import { authRoutes } from './routes/auth';
import { calendarRoutes } from './routes/calendar';
import { caseRoutes } from './routes/cases';
import { categoryRoutes } from './routes/categories';
import { dashboardRoutes } from './routes/dashboard';
import { deadlinePolicyRoutes } from './routes/deadline-policies';
import { departmentRoutes } from './routes/departments';
import { draftRoutes } from './routes/drafts';
import { eventRoutes } from './routes/events';
import { exportRoutes } from './routes/exports';
import { handoverRoutes } from './routes/handovers';
import { healthRoutes } from './routes/health';
import { intakeRoutes } from './routes/intake';
import { legalChallengeRoutes } from './routes/legal-challenges';
import { messageRoutes } from './routes/messages';
import { notificationRoutes } from './routes/notifications';
import { placeRoutes } from './routes/places';
import { publicRoutes } from './routes/public';
import { QUEUE_BOARD_PATH, queueBoardRoutes } from './routes/queues';
import { reportPreviewSecurity, reportRoutes } from './routes/reports';
import { responseRoutes } from './routes/responses';
import { riskRuleRoutes } from './routes/risk-rules';
import { routingRuleRoutes } from './routes/routing-rules';
import { schemeRoutes } from './routes/schemes';
import { shiftRoutes } from './routes/shifts';
import { sourceRoutes } from './routes/sources';
import { streamRoutes } from './routes/stream';
import { templateRoutes } from './routes/templates';
import { TRAINING_UPLOAD_PATH, trainingRoutes } from './routes/training';
import { userRoutes } from './routes/users';
import { workflowSettingsRoutes } from './routes/workflow-settings';
import { serveAdmin } from './static';

/** Default request body cap; intake and uploads set their own. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Routes whose own limit is larger than the default, so the default must not run before it. */
const OWN_BODY_LIMIT = new Set([TRAINING_UPLOAD_PATH]);
const defaultBodyLimit = bodyLimit({
  maxSize: DEFAULT_BODY_LIMIT,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE');
  },
});

/** Routes that need a signed-in user. Each resource is a folder under routes/. */
const protectedRoutes = new Hono<AppEnv>()
  .use('*', requireAuth)
  .route('/users', userRoutes)
  .route('/sources', sourceRoutes)
  .route('/messages', messageRoutes)
  .route('/api-keys', apiKeyRoutes)
  .route('/departments', departmentRoutes)
  .route('/cases', caseRoutes)
  .route('/drafts', draftRoutes)
  .route('/templates', templateRoutes)
  .route('/responses', responseRoutes)
  .route('/audit-log', auditLogRoutes)
  .route('/deadline-policies', deadlinePolicyRoutes)
  .route('/calendar', calendarRoutes)
  .route('/legal-challenges', legalChallengeRoutes)
  .route('/reports', reportRoutes)
  .route('/notifications', notificationRoutes)
  .route('/workflow-settings', workflowSettingsRoutes)
  .route('/dashboard', dashboardRoutes)
  .route('/exports', exportRoutes)
  // Topics (issue 4)
  .route('/categories', categoryRoutes)
  .route('/training', trainingRoutes)
  .route('/risk-rules', riskRuleRoutes)
  .route('/schemes', schemeRoutes)
  .route('/events', eventRoutes)
  .route('/alerts', alertRoutes)
  .route('/alert-channels', alertChannelRoutes)
  .route('/places', placeRoutes)
  .route('/routing-rules', routingRuleRoutes)
  .route('/shifts', shiftRoutes)
  .route('/handovers', handoverRoutes)
  .route('/stream', streamRoutes);

const apiRoutes = new Hono<AppEnv>()
  .route('/health', healthRoutes)
  .route('/auth', authRoutes)
  // No sign-in: the portal reads published responses (masked copies only).
  .route('/public', publicRoutes)
  // No session either: the portal posts inquiries with its API key (X-Api-Key).
  .route('/intake', intakeRoutes)
  .route('/', protectedRoutes);

export type AppType = typeof apiRoutes;

/** Build the whole HTTP app for a context; tests call `app.request()` on it, main.ts serves it. */
export function createApp(ctx: ApiContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', measureRequests);
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    await next();
  });
  app.use('/api/docs', docsContentSecurity);
  app.use('/api/reports/*', reportPreviewSecurity);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', (c, next) => (OWN_BODY_LIMIT.has(c.req.path) ? next() : defaultBodyLimit(c, next)));
  app.use('/api/*', inputBoundary);
  app.use('/api/*', endReindexSnapshotAfterWrites);
  app.onError(handleError);
  // Before the protected routes: the API description needs no session (it is built from app.routes lazily).
  registerOpenApi(app);
  app.route('/api', apiRoutes);
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', { zh: '接口不存在', en: 'No such API route' });
  });
  app.route(QUEUE_BOARD_PATH, queueBoardRoutes(ctx));
  serveAdmin(app, ctx.settings.adminDist);
  return app;
}
