import { startSandbox } from './server';

/** `npm run sandbox`: a local ApexScore API to try the extension without an account. */
const port = Number(process.env.PORT ?? 8787);
const sandbox = await startSandbox({ port, token: process.env.SANDBOX_TOKEN ?? 'sandbox-token-0123456789' });

console.log(`ApexScore sandbox API listening on ${sandbox.url}

Paste these into the extension's options page:
  API token        ${sandbox.token}
  Organization ID  ${sandbox.organizationId}
  API base URL     ${sandbox.url}   (under "Advanced")
  Portfolios
${sandbox.portfolios.map((p) => `    ${p.id} ${p.name}`).join('\n')}

Script faults for the next invitations, e.g.:
  curl -X POST ${sandbox.url}/__sandbox/faults -d '[{"kind":"throttle","retryAfter":5}]'
Kinds: unauthorized jwt forbidden fieldErrors nonField bareList throttle server slow drop malformed html emailNotSent failedEntry

Press Ctrl+C to stop.`);

process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));
