// Baseline for the benchmark (issue 8): the same network work as the dashboard's first view, no more.
// Served from the dashboard's own origin, so it reads the token the dashboard keeps in this tab
// ("Stay connected"); without one it asks the local tenant for a token with the demo settings.
const sessionKey = 'client-grants:session';

function originFor(domain) {
  return /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(domain) ? `http://${domain}` : `https://${domain}`;
}

async function session() {
  const stored = JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null');
  if (stored && stored.domain && stored.token) return stored;
  // The dashboard server puts the local tenant's demo settings into every page it serves.
  const config = JSON.parse(document.querySelector('meta[name="local-tenant"]').content);
  const response = await fetch(`${originFor(config.domain)}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: config.clientId,
      client_secret: config.clientSecret,
      audience: `https://${config.domain}/api/v2/`,
    }),
  });
  return { domain: config.domain, token: (await response.json()).access_token };
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
  return td;
}

async function main() {
  const { domain, token } = await session();
  const url = `${originFor(domain)}/api/v2/client-grants?include_totals=true&page=0&per_page=25`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.json();
  const rows = body.client_grants.map((grant) => {
    const row = document.createElement('tr');
    cell(row, grant.client_id ?? 'Third-party apps');
    cell(row, grant.audience);
    cell(row, (grant.scope ?? []).join(' '));
    cell(row, grant.subject_type ?? 'client');
    const open = document.createElement('button');
    open.textContent = grant.id.slice(0, 8);
    open.setAttribute('aria-label', `Open grant ${grant.id}`);
    cell(row, '').append(open);
    return row;
  });
  document.getElementById('rows').replaceChildren(...rows);
  document.getElementById('status').textContent = `${body.total} grants`;
}

main().catch((error) => {
  document.getElementById('status').textContent = `Failed: ${error}`;
});
