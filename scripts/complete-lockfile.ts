/**
 * npm run lock:complete — after `npm install` changes dependencies.
 *
 * The registry these machines reach serves only the platform packages for this
 * platform (darwin, windows… binaries answer 404), so npm leaves them out of
 * package-lock.json, and `npm ci` then refuses the lock as "out of sync". This
 * adds the missing optional platform entries, with the os/cpu/libc npm needs to
 * skip them without fetching, read from the package names (`…-darwin-arm64`,
 * `…-linux-x64-musl`, `…-wasm32-wasi`). No download address is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const OS: Record<string, string> = {
  android: 'android',
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  sunos: 'sunos',
  aix: 'aix',
  netbsd: 'netbsd',
  openharmony: 'openharmony',
};
const CPU = [
  'arm64',
  'x64',
  'arm',
  'ia32',
  'wasm32',
  'riscv64',
  's390x',
  'ppc64',
  'loong64',
  'mips64el',
];

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | null {
  const tokens = name.split('/').pop()!.split('-');
  const os = tokens.map((t) => OS[t]).find(Boolean);
  const cpu = CPU.find((c) => tokens.includes(c) || (c === 'arm' && tokens.includes('eabi')));
  if (!cpu) return null;
  if (cpu === 'wasm32') return { cpu: ['wasm32'] };
  if (!os) return null;
  const libc = tokens.includes('musl')
    ? ['musl']
    : tokens.includes('gnu') && os === 'linux'
      ? ['glibc']
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target] || lock.packages[`${key}/${target}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    lock.packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
