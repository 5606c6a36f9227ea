// Every Dutch string of the app lives under i18n/: one file per area, re-exported here.
export { nl, canvasAria, nlEditor, nlInspector, nlChecks, nlShortcuts, nlOutline } from './nl';
export { nlRules } from './rules';
export { nlFile } from './file';
export { nlProgress } from './progress';
export { nlSteps } from './steps';
export { nlShare } from './share';
export { nlPresentation } from './presentation';
export { nlAbout } from './about';
export { nlWebPage } from './webpage';
export { nlBackup } from './backup';
export { nlOffline } from './offline';
export { nlOverview } from './overview';
