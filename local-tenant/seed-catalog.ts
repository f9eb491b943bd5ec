import type { AppType } from './types.ts';

// Realistic names for the demo seed. Kept apart from seed.ts so the generator stays readable.
export const DEMO_APPS: ReadonlyArray<readonly [name: string, appType: AppType, description: string]> = [
  ['Billing Service', 'non_interactive', 'Creates invoices and charges cards at the end of each cycle'],
  ['Inventory Sync', 'non_interactive', 'Mirrors stock levels from the warehouse system every five minutes'],
  ['Order Processor', 'non_interactive', 'Turns paid carts into orders'],
  ['Shipping Label Worker', 'non_interactive', 'Buys labels from carriers'],
  ['Payment Reconciler', 'non_interactive', 'Matches payouts against orders every night'],
  ['Nightly Report Job', 'non_interactive', 'Builds the finance reports'],
  ['Customer Import Job', 'non_interactive', 'Imports customers from the legacy CRM'],
  ['Search Indexer', 'non_interactive', 'Keeps the product search index fresh'],
  ['Notification Dispatcher', 'non_interactive', 'Sends e-mail, SMS and push notifications'],
  ['Fraud Detection Service', 'non_interactive', 'Scores orders and payments for fraud'],
  ['Warehouse Bridge', 'non_interactive', 'Talks to the third-party logistics provider'],
  ['ERP Connector', 'non_interactive', 'Pushes orders and invoices to the ERP'],
  ['CRM Sync', 'non_interactive', 'Two-way sync with the sales CRM'],
  ['Data Warehouse Loader', 'non_interactive', 'Loads everything into the data warehouse'],
  ['Loyalty Points Engine', 'non_interactive', 'Awards and redeems loyalty points'],
  ['Tax Calculator', 'non_interactive', 'Computes sales tax per order line'],
  ['Refund Worker', 'non_interactive', 'Processes approved refunds'],
  ['Price Updater', 'non_interactive', 'Applies scheduled price changes'],
  ['Catalog Importer', 'non_interactive', 'Imports supplier catalogs'],
  // A right-to-left override: displayed raw, "evil.exe" reads "exe.live". The dashboard must show the control.
  ['\u202Eevil.exe', 'non_interactive', 'Weekly digest for customers (renamed by someone careless, or not)'],
  ['Audit Exporter', 'non_interactive', 'Exports audit trails to cold storage'],
  ['Partner Gateway', 'non_interactive', 'API gateway for B2B partners'],
  ['Subscription Renewal Job', 'non_interactive', 'Renews subscriptions before they lapse'],
  // One unbroken ~200-character name: the table must cut it, never push the row's actions off screen.
  [`MetricsCollector${'ScrapesBusinessMetrics'.repeat(8)}`, 'non_interactive', 'Scrapes business metrics'],
  ['Returns Service', 'non_interactive', 'Handles return merchandise authorisations'],
  ['Terraform Provisioner', 'non_interactive', 'Infrastructure as code for the tenant'],
  ['Support Desk Integration', 'non_interactive', 'Shows orders and customers inside the help desk'],
  [
    'API Explorer Application',
    'non_interactive',
    'Created by the Auth0 dashboard to test the Management API',
  ],
  ['Storefront SPA', 'spa', 'The customer-facing shop'],
  ['Admin Console', 'spa', 'Back office for the operations team'],
  ['Partner Portal', 'spa', 'Self-service portal for partners'],
  ['Customer Portal', 'regular_web', 'Account pages and order history'],
  ['Merchant Dashboard', 'regular_web', 'Sales figures for merchants'],
  ['Marketing Site', 'regular_web', 'Public website with newsletter sign-up'],
  ['Mobile App (iOS)', 'native', 'Shop app for iPhone'],
  ['Mobile App (Android)', 'native', 'Shop app for Android'],
  ['Warehouse Scanner App', 'native', 'Handheld scanners in the warehouse'],
];

/**
 * [name, identifier host, nouns, identifier?]: each noun yields read/create/update/delete scopes; the
 * identifier is https://<host>.example.com/ unless given.
 */
export const DEMO_APIS: ReadonlyArray<
  readonly [name: string, slug: string, nouns: readonly string[], identifier?: string]
> = [
  ['Orders API', 'orders', ['orders', 'order_notes', 'fulfillments']],
  ['Billing API', 'billing', ['invoices', 'credit_notes', 'billing_accounts']],
  ['Payments API', 'payments', ['payments', 'refunds', 'payouts']],
  ['Inventory API', 'inventory', ['stock', 'warehouses', 'reservations']],
  ['Shipping API', 'shipping', ['shipments', 'labels', 'carriers']],
  ['Customers API', 'customers', ['customers', 'addresses', 'consents']],
  ['Catalog API', 'catalog', ['products', 'categories', 'prices']],
  ['Notifications API', 'notifications', ['notifications', 'templates']],
  ['Reports API', 'reports', ['reports', 'exports']],
  // A long identifier and long scope values, as some tenants name them: the table cuts them to one line.
  [
    'Analytics API',
    'analytics',
    ['events', 'dashboards', 'customer_segments_with_lifetime_value_and_churn_predictions_for_every_storefront_region_and_currency_refreshed_nightly_by_the_data_warehouse'],
    'https://analytics.example.com/v3/tenants/default/workspaces/storefront-and-partner-portal/pipelines/customer-behaviour-and-lifetime-value/exports/nightly-snapshots/segments-and-cohorts/',
  ],
  ['Search API', 'search', ['indexes', 'synonyms']],
  ['Loyalty API', 'loyalty', ['points', 'rewards', 'tiers']],
];

export const SCALE_APP_WORDS = [
  'Billing',
  'Inventory',
  'Orders',
  'Shipping',
  'Payments',
  'Reports',
  'Search',
  'Audit',
];
export const SCALE_APP_KINDS = [
  'Service',
  'Sync',
  'Worker',
  'Job',
  'Connector',
  'Gateway',
  'Exporter',
  'Importer',
];
