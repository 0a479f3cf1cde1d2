// Finds the system Firefox the Firefox smoke test drives: FIREFOX_PATH, then firefox-esr or
// firefox on PATH, then (as root on Debian) the `firefox-esr` package. Never a downloaded build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['firefox-esr', 'firefox'];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

export function findFirefox({ install = true } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const name of CANDIDATES) {
    const path = onPath(name);
    if (path) return path;
  }
  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && existsSync('/etc/debian_version')) {
    console.log('No Firefox found: installing Debian’s firefox-esr package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const add = spawnSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], {
      stdio: 'inherit',
      env,
    });
    if (update.status === 0 && add.status === 0) return findFirefox({ install: false });
  }
  throw new Error(
    'No Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`; elsewhere: ' +
      'Firefox) or point FIREFOX_PATH at a Firefox binary.',
  );
}
