import { dailyBriefingDocument, renderReportDocx, renderReportHtml } from '@desk/core/reports';
import { claimDailyBriefing, dailyBriefingData } from '@desk/core/store';
import nodemailer from 'nodemailer';
import type { DeskJobHandler } from './deps';

/**
 * `briefing` (repeatable): at 08:00 on working days the 舆情日报 of the day before reaches every leader
 * in the desk (a notification opening its preview) and, when SMTP and BRIEFING_MAIL_TO are set, by
 * e-mail as HTML with the Word file attached.
 */
export const briefing: DeskJobHandler<'briefing'> = (deps) => async () => {
  const now = new Date();
  const claimed = await claimDailyBriefing(deps.db, now);
  if (!claimed) return { delivered: false };
  const { smtpUrl, from, briefingTo = [] } = deps.mail ?? {};
  let mailed = 0;
  if (smtpUrl && from && briefingTo.length) {
    const doc = dailyBriefingDocument(await dailyBriefingData(deps.db, claimed.covers, now), now);
    try {
      await nodemailer.createTransport(smtpUrl).sendMail({
        from,
        to: briefingTo,
        subject: `舆情日报（${claimed.covers}）`,
        html: renderReportHtml(doc),
        attachments: [{ filename: `舆情日报-${claimed.covers}.docx`, content: await renderReportDocx(doc) }],
      });
      mailed = briefingTo.length;
    } catch (error) {
      // The leaders have it in the desk already; the claim is not undone, so nobody gets it twice.
      deps.log.warn({ err: error, date: claimed.covers }, 'daily briefing e-mail failed');
    }
  }
  deps.log.info({ date: claimed.covers, leaders: claimed.leaders, mailed }, 'daily briefing delivered');
  return { delivered: true, date: claimed.covers, leaders: claimed.leaders, mailed };
};
