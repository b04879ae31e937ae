import { startPostgresServer } from './test-postgres-server.ts';

const s = await startPostgresServer();
console.log(s.url);
process.on('SIGTERM', async () => {
  await s.stop();
  process.exit(0);
});
setInterval(() => {}, 1000);
