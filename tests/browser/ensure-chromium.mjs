// Makes sure a Chromium is there for the browser tests: uses CHROMIUM_PATH or /usr/bin/chromium,
// installs Debian's `chromium` with apt when running as root, and otherwise fails saying what to
// install. The browser tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(command, args) {
  execFileSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (existsSync(path)) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log(
    'Chromium is not installed: installing Debian\'s "chromium" package for the browser tests…',
  );
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } catch {
    // Fall through to the message below.
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}, and it is not there.\n` +
    'Install it with: sudo apt-get install chromium   (Debian/Ubuntu)\n' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
