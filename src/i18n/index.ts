// Every Dutch string of the app lives under i18n/: one file per area, re-exported here.
export { nl } from './nl';
