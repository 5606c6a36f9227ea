import { serialize } from '../../domain/file';
import { exportFileName } from '../../domain/file/fileName';
import type { Plan } from '../../domain/plan/types';

/** Offers a blob as a download; the only way files leave the app. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPlanJson(plan: Plan): void {
  downloadBlob(new Blob([serialize(plan)], { type: 'application/json' }), exportFileName(plan, 'json'));
}
