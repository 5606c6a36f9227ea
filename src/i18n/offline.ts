// Dutch words of working offline: the notice of a new version, the offline confirmation and
// "Installeren". The notice reads as one sentence: "Nieuwe versie beschikbaar — herladen".

export const nlOffline = {
  updateAvailable: 'Nieuwe versie beschikbaar —',
  reload: 'herladen',
  later: 'Later',
  offlineReady: 'De app werkt nu ook zonder internet.',
  install: 'Installeren',
  installHint: 'Zet Wijkdoelen als app op deze computer.',
};
