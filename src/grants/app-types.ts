const labels: Record<string, string> = {
  non_interactive: 'Machine to machine',
  spa: 'Single-page app',
  regular_web: 'Regular web app',
  native: 'Native app',
  resource_server: 'Resource server',
  express_configuration: 'Express configuration',
};

/** Auth0's app_type in words; unknown types are shown as sent, so a new Auth0 type is still readable. */
export function appTypeLabel(appType: string | undefined): string {
  return appType ? (labels[appType] ?? appType) : 'Unknown type';
}
