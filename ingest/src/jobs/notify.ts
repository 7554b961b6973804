import { deliverAlert } from '../stages/notify';
import type { DeskJobHandler } from './deps';

/** `notify`: deliver one alert to every active channel (robots, e-mail); each attempt is recorded. */
export const notify: DeskJobHandler<'notify'> = (deps) => async (payload) =>
  deliverAlert({ db: deps.db, smtpUrl: deps.mail?.smtpUrl, mailFrom: deps.mail?.from }, payload.alertId);
