// Finds the system Chromium the real-browser tests drive: CHROME_PATH, then chromium or
// google-chrome on PATH, then (as root on Debian) the `chromium` package. Never a downloaded build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

// Debian's /usr/bin/chromium is a shell wrapper that prints a stray warning; the binary is quieter.
function preferBinary(path) {
  return path === '/usr/bin/chromium' && existsSync('/usr/lib/chromium/chromium')
    ? '/usr/lib/chromium/chromium'
    : path;
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const name of CANDIDATES) {
    const path = onPath(name);
    if (path) return preferBinary(path);
  }
  const isRoot = process.getuid?.() === 0;
  if (install && isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const add = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (update.status === 0 && add.status === 0) return findChromium({ install: false });
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: ' +
      'Google Chrome) or point CHROME_PATH at a Chrome or Chromium binary.',
  );
}
