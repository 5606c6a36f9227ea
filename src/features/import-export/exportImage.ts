import { ImageExportError, renderTreeImage } from '../../canvas/exportImage';
import { exportFileName } from '../../domain/file/fileName';
import type { Plan } from '../../domain/plan/types';
import { nlShare } from '../../i18n';
import { useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';
import { downloadBlob } from './exportPlan';

const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

let busy = false;

async function exportImage(plan: Plan, format: 'png' | 'svg'): Promise<void> {
  if (busy) return;
  busy = true;
  // A large tree takes a few seconds (encoding the PNG): say that something is happening.
  notify.status(nlShare.working);
  try {
    const blob = await renderTreeImage(plan, {
      format,
      header: { title: plan.title, wijk: plan.wijk, period: plan.period, date: today() },
      legend: true,
      // Folded on the canvas, folded in the image (the legend says so).
      collapsed: new Set(useSession.getState().collapsed[plan.id] ?? []),
    });
    const name = exportFileName(plan, format);
    downloadBlob(blob, name);
    notify.status(nlShare.downloaded(name));
  } catch (err) {
    notify.alert(err instanceof ImageExportError ? err.message : nlShare.failed);
    if (!(err instanceof ImageExportError)) console.error(err);
  } finally {
    busy = false;
  }
}

/** "Exporteren als PNG": the whole doelenboom as an image, with the plan inside (it can be imported again). */
export const exportPlanPng = (plan: Plan): Promise<void> => exportImage(plan, 'png');

/** "Exporteren als SVG": the whole doelenboom as a scalable image. */
export const exportPlanSvg = (plan: Plan): Promise<void> => exportImage(plan, 'svg');
