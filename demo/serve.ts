/** `npx tsx demo/serve.ts`: serves the demo CRM. PORT sets the port (default 5173; 0 picks a free one). */
import {startDemoServer} from './server';

function portFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 5173;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`PORT must be an integer 0-65535, got "${raw}"`);
  return port;
}

try {
  const server = await startDemoServer({port: portFromEnv(process.env.PORT)});
  console.log(`Demo CRM: ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
