// "Afdrukken": the web page of "Exporteren als webpagina" with the print stylesheet, in a
// hidden frame, printed from there: the doelenboom on A4 landscape, then the Actielijst.
import type { Plan } from '../../domain/plan/types';
import { nlWebPage } from '../../i18n/webpage';
import { notify } from '../../ui/notices';
import printCss from './print.css?raw';
import { buildWebPage } from './webPage';

let frame: HTMLIFrameElement | null = null;

export function printPlan(plan: Plan): void {
  try {
    frame?.remove();
    const html = buildWebPage(plan, { exportedAt: new Date(), extraCss: printCss, interactive: false });
    const f = document.createElement('iframe');
    frame = f;
    f.title = nlWebPage.print;
    f.setAttribute('aria-hidden', 'true');
    f.tabIndex = -1;
    // Out of sight but laid out (a frame with display: none may print blank).
    f.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    f.addEventListener('load', () => {
      const win = f.contentWindow;
      if (!win) return;
      win.addEventListener('afterprint', () => {
        if (frame === f) frame = null;
        f.remove();
      });
      win.focus();
      win.print();
    }, { once: true });
    f.srcdoc = html;
    document.body.append(f);
  } catch (err) {
    console.error(err);
    notify.alert(nlWebPage.printFailed);
  }
}
