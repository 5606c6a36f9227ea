import { lazy, Suspense, useCallback, useEffect } from 'react';
import type { Plan } from '../domain/plan/types';
import { exportPlanJson } from '../features/import-export/exportPlan';
import { exportPlanPng, exportPlanSvg } from '../features/import-export/exportImage';
import { ImportButton } from '../features/import-export/ImportButton';
import { ImportHost } from '../features/import-export/ImportHost';
import { printPlan } from '../features/import-export/print';
import { exportPlanWebPage } from '../features/import-export/webPage';
import { PlanScreen } from './PlanScreen';
import { PlansPage } from '../features/plans/PlansPage';
import { BackupControls, BackupReminder } from '../features/backup';
import { PrivacyPage } from '../features/about/PrivacyPage';
import { AppUpdate } from '../features/offline/AppUpdate';
import { InstallButton } from '../features/offline/InstallButton';
import { ToegankelijkheidPage } from '../features/about/ToegankelijkheidPage';
import { nl, nlAbout, nlOverview, nlShare, nlWebPage } from '../i18n';
import { usePlanStore } from '../state/planStore';
import { Notices } from '../ui/Notices';
import { navigate, overviewHref, planHref, plansHref, privacyHref, toegankelijkheidHref, useRoute } from './router';

// Read by few, and only now and then: kept out of the initial JS.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));

const exportItems = (plan: Plan) => [
  { label: nl.plan.exportJson, onSelect: () => exportPlanJson(plan) },
  { label: nlShare.exportPng, onSelect: () => void exportPlanPng(plan) },
  { label: nlShare.exportSvg, onSelect: () => void exportPlanSvg(plan) },
  { label: nlWebPage.exportHtml, onSelect: () => exportPlanWebPage(plan) },
  { label: nlWebPage.print, onSelect: () => printPlan(plan) },
];
const stepHref = (id: string, step: string) => planHref(id, step);

export function App() {
  const route = useRoute();
  const openPlan = useCallback((id: string) => navigate(planHref(id)), []);

  // Leaving a plan writes what is pending before the list shows it.
  useEffect(() => {
    if (route.name !== 'plan') {
      const heading = route.name === 'plans' ? nl.plans.heading : route.name === 'stadsoverzicht' ? nlOverview.heading : nlAbout[route.name].heading;
      document.title = `${heading} – ${nl.appName}`;
      void usePlanStore.getState().close();
    }
  }, [route.name]);

  let page;
  if (route.name === 'privacy') page = <PrivacyPage plansHref={plansHref} />;
  else if (route.name === 'toegankelijkheid') page = <ToegankelijkheidPage plansHref={plansHref} />;
  else if (route.name === 'stadsoverzicht') page = <Suspense fallback={<p>{nl.loading}</p>}><OverviewPage plansHref={plansHref} planHref={planHref} /></Suspense>;
  else if (route.name === 'plans') {
    page = (
      <PlansPage
        planHref={planHref}
        onOpen={openPlan}
        importControl={<ImportButton onOpen={openPlan} />}
        onExportJson={exportPlanJson}
        backupControls={<BackupControls />}
        backupReminder={<BackupReminder />}
        privacyHref={privacyHref}
        toegankelijkheidHref={toegankelijkheidHref}
        overviewHref={overviewHref}
      />
    );
  } else {
    page = <PlanScreen planId={route.id} step={route.step} plansHref={plansHref} stepHref={stepHref} treeHref={planHref} exportItems={exportItems} />;
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {nl.skipToContent}
      </a>
      {page}
      <ImportHost onOpen={openPlan} />
      <Notices closeLabel={nl.close} />
      <AppUpdate>{route.name === 'plans' && <InstallButton />}</AppUpdate>
    </>
  );
}
