export * from './overview';
export { ownerTableCsv, wijkTableCsv } from './csv';
