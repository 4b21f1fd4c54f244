import { startSandbox } from './server';

/** `npm run sandbox`: a local ApexScore API to try the extension without an account. */
const port = Number(process.env.PORT ?? 8787);
// Fixed ids, so what was pasted into the options once keeps working on the next start.
const sandbox = await startSandbox({
  port,
  token: process.env.SANDBOX_TOKEN ?? 'sandbox-token-0123456789',
  organizationId: 'e8e912b6-ba9b-4c3a-bb4f-d04bdc370843',
  portfolios: [
    { id: '2c285fa1-bfb1-4d49-97c6-18a42d23c570', name: 'Growth Fund I' },
    { id: 'b59ada15-2fde-43ee-bb16-bfb22b58fa66', name: 'Real Assets' },
  ],
});

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
