// `npm start`: install what is missing, build, and run Brightside in Chromium (see run-demo.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureInstall } from './harness/ensure-install.mjs';
import { findChromium } from './harness/find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

try {
  ensureInstall(root);
  findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'scripts/run-demo.ts', ...process.argv.slice(2)]);
