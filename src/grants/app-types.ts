const labels: Record<string, string> = {
  non_interactive: 'Machine to machine',
  spa: 'Single-page app',
  regular_web: 'Regular web app',
  native: 'Native app',
  resource_server: 'Resource server',
  express_configuration: 'Express configuration',
};

export function appTypeLabel(appType: string | undefined): string | undefined {
  return appType ? (labels[appType] ?? appType) : undefined;
}
