import { useCallback, useEffect } from 'react';
import type { Plan } from '../domain/plan/types';
import { exportPlanJson } from '../features/import-export/exportPlan';
import { exportPlanPng, exportPlanSvg } from '../features/import-export/exportImage';
import { ImportButton } from '../features/import-export/ImportButton';
import { ImportHost } from '../features/import-export/ImportHost';
import { PlanScreen } from './PlanScreen';
import { PlansPage } from '../features/plans/PlansPage';
import { nl, nlShare } from '../i18n';
import { usePlanStore } from '../state/planStore';
import { Notices } from '../ui/Notices';
import { navigate, planHref, plansHref, useRoute } from './router';

const exportItems = (plan: Plan) => [
  { label: nl.plan.exportJson, onSelect: () => exportPlanJson(plan) },
  { label: nlShare.exportPng, onSelect: () => void exportPlanPng(plan) },
  { label: nlShare.exportSvg, onSelect: () => void exportPlanSvg(plan) },
];
const stepHref = (id: string, step: string) => planHref(id, step);

export function App() {
  const route = useRoute();
  const openPlan = useCallback((id: string) => navigate(planHref(id)), []);

  // Leaving a plan writes what is pending before the list shows it.
  useEffect(() => {
    if (route.name === 'plans') {
      document.title = `${nl.plans.heading} – ${nl.appName}`;
      void usePlanStore.getState().close();
    }
  }, [route.name]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {nl.skipToContent}
      </a>
      {route.name === 'plans' ? (
        <PlansPage
          planHref={planHref}
          onOpen={openPlan}
          importControl={<ImportButton onOpen={openPlan} />}
          onExportJson={exportPlanJson}
        />
      ) : (
        <PlanScreen planId={route.id} step={route.step} plansHref={plansHref} stepHref={stepHref} treeHref={planHref} exportItems={exportItems} />
      )}
      <ImportHost onOpen={openPlan} />
      <Notices closeLabel={nl.close} />
    </>
  );
}
