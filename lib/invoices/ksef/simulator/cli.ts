// Runs the KSeF simulator on its own for local development and demos:
//   npx tsx lib/invoices/ksef/simulator/cli.ts
// Same settings as `npm start` uses in-process (KSEF_NIP or PLANETA_SELLER_NIP, KSEF_TOKEN,
// KSEF_SIM_PORT); its switches are at /simulator.
import { startLocalKsef } from './local';

const sim = await startLocalKsef({ port: Number(process.env.KSEF_SIM_PORT ?? 8104) });
console.log(`[ksef-sim] KSEF_BASE_URL=${sim.apiUrl}`);
console.log(`[ksef-sim] KSEF_QR_BASE_URL=${sim.url}`);
console.log(`[ksef-sim] KSEF_OFFLINE_CERT_SERIAL=${process.env.KSEF_OFFLINE_CERT_SERIAL} (key in .data/ksef/)`);
console.log(`[ksef-sim] switches: ${sim.url}/simulator`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sim.close().then(() => process.exit(0));
  });
}
