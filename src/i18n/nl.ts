// Dutch UI strings. Labels of main controls follow ../shared/docs/ui-words.md exactly.
export const nl = {
  appName: 'Wijkdoelen',
} as const;
